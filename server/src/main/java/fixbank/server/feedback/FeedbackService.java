package fixbank.server.feedback;

import fixbank.server.access.Caller;
import fixbank.server.article.ArticleFacts;
import fixbank.server.article.ArticleService;
import fixbank.server.database.Database;
import fixbank.server.database.DatabaseUnavailableException;
import fixbank.server.learning.LearnedWords;
import fixbank.server.privacy.TextScrubber;
import fixbank.server.ratelimit.RateLimiter;
import fixbank.server.ratelimit.TooManyRequestsException;
import fixbank.server.recording.ClientId;
import java.io.IOException;
import java.net.InetAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;

/**
 * Takes "did this solve your problem?" for an article the caller may see, and stores it before answering:
 * feedback is a person's deliberate act, so an answer given is an answer kept. One reader's repeated votes
 * on one article version count once (the last one stands); a new version of the article starts a fresh
 * tally. Comments are scrubbed like every stored text. With learning on, a vote that a fix helped teaches the
 * article the words of the draft ticket it was suggested for (see {@link LearnedWords}).
 *
 * <p>Thread-safe.
 */
public final class FeedbackService {

    private final ArticleService articles;
    private final Database database;
    private final TextScrubber scrubber;
    private final Optional<RateLimiter> votesPerClient;
    private final Optional<RateLimiter> votesPerArticle;
    private final Clock clock;
    private final Optional<LearnedWords> learning;
    private final VoterKeys voters = new VoterKeys();

    public FeedbackService(
            ArticleService articles,
            Database database,
            TextScrubber scrubber,
            Optional<RateLimiter> votesPerClient,
            Optional<RateLimiter> votesPerArticle,
            Clock clock,
            Optional<LearnedWords> learning) {
        this.articles = articles;
        this.database = database;
        this.scrubber = scrubber;
        this.votesPerClient = votesPerClient;
        this.votesPerArticle = votesPerArticle;
        this.clock = clock;
        this.learning = learning;
    }

    /**
     * Stores the vote.
     *
     * @return empty when the caller may not see the article, exactly as when there is none
     * @throws TooManyRequestsException when the client has given too many votes, or too many on this article
     * @throws DatabaseUnavailableException when the vote could not be stored
     */
    public Optional<FeedbackReceipt> give(
            FeedbackRequest request, Caller caller, Optional<ClientId> session, InetAddress client) throws IOException {
        Optional<ArticleFacts> article = articles.facts(request.articleId(), caller);
        if (article.isEmpty()) {
            return Optional.empty();
        }
        // The article's allowance first: votes it refuses must not use up the client's votes on others.
        limit(votesPerArticle, client, request.articleId());
        limit(votesPerClient, client, "");
        String version = request.version().orElse(article.get().version());
        String voter = voters.of(caller, session, client);
        String comment = scrubber.scrub(request.comment());
        boolean replaced = database.inTransaction(connection -> {
            boolean earlier = store(connection, request, version, voter, comment);
            if (learning.isPresent()) {
                learning.get()
                        .vote(
                                connection,
                                request.articleId(),
                                voter,
                                caller.isStaff(),
                                request.helpful(),
                                request.journey().map(ClientId::value).orElse(null));
            }
            return earlier;
        });
        learning.ifPresent(words -> words.reload(request.articleId()));
        return Optional.of(new FeedbackReceipt(
                request.articleId(),
                version,
                request.helpful(),
                request.reason().map(Reason::key).orElse(null),
                replaced));
    }

    private static void limit(Optional<RateLimiter> limiter, InetAddress client, String scope) {
        limiter.flatMap(on -> on.take(client, scope)).ifPresent(wait -> {
            throw new TooManyRequestsException(
                    scope.isEmpty()
                            ? "too much feedback from this address"
                            : "too much feedback on this article from this address",
                    wait);
        });
    }

    /** Adds the vote, or replaces the reader's earlier one on this version; says whether it replaced one. */
    private boolean store(Connection connection, FeedbackRequest request, String version, String voter, String comment)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO feedback (at, helpful, reason, comment, journey_id, search_id, article_id,"
                        + " article_version, voter) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (article_id, article_version, voter) DO NOTHING")) {
            bind(insert, request, version, voter, comment);
            if (insert.executeUpdate() == 1) {
                return false;
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE feedback SET at = ?, helpful = ?, reason = ?, comment = ?, journey_id = ?, search_id = ?"
                        + " WHERE article_id = ? AND article_version = ? AND voter = ?")) {
            bind(update, request, version, voter, comment);
            update.executeUpdate();
            return true;
        }
    }

    private void bind(
            PreparedStatement statement, FeedbackRequest request, String version, String voter, String comment)
            throws SQLException {
        statement.setQueryTimeout(Database.STATEMENT_SECONDS);
        statement.setLong(1, clock.millis());
        statement.setInt(2, request.helpful() ? 1 : 0);
        statement.setString(3, request.reason().map(Reason::key).orElse(null));
        statement.setString(4, comment.isEmpty() ? null : comment);
        statement.setString(5, request.journey().map(ClientId::value).orElse(null));
        statement.setString(6, request.search().map(ClientId::value).orElse(null));
        statement.setString(7, request.articleId());
        statement.setString(8, version);
        statement.setString(9, voter);
    }
}
