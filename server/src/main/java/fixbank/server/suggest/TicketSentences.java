package fixbank.server.suggest;

import fixbank.server.access.Audience;
import fixbank.server.index.IndexSnapshot;
import fixbank.server.search.SentenceQueries;
import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;

/**
 * The search page's sentences, read as a draft ticket's title: the same words chosen, the same synonyms
 * and spelling corrections. A search needs a result list that narrows, so at least {@link #MIN_MATCHED}
 * of the chosen words must match (a suggestion needs only one); a text is a sentence when it has at least
 * {@link #MIN_WORDS} telling words, where "most words must match" would find nothing.
 */
public final class TicketSentences implements SentenceQueries {

    static final int MIN_WORDS = 3;
    static final int MIN_MATCHED = 2;

    private final Analyzer analyzer;

    public TicketSentences(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    @Override
    public Optional<WordedQuery> of(IndexSnapshot snapshot, Audience audience, String text) throws IOException {
        if (TicketWords.of(analyzer, text).size() < MIN_WORDS) {
            return Optional.empty();
        }
        TicketPlan plan = TicketQuery.build(analyzer, new Vocabulary(snapshot, audience), text, "", MIN_MATCHED);
        return Optional.of(new WordedQuery(plan.query(), plan.words()));
    }
}
