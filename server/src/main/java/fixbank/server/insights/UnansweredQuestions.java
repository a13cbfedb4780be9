package fixbank.server.insights;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Reads the needs Fixbank did not meet, in two steps so that a million records cost two short queries per
 * kind: the largest groups by wording key first, then the wordings of just those groups.
 */
final class UnansweredQuestions {

    /** Each kind: the rows that belong to it (key, text and time columns named k, t, at). */
    private enum Kind {
        NO_RESULTS(
                "no-results",
                "SELECT query_key AS k, query_text AS t, at FROM search WHERE at >= ? AND results = 0"
                        + " AND query_key <> ''"),
        NOT_OPENED(
                "not-opened",
                "SELECT query_key AS k, query_text AS t, at FROM search WHERE at >= ? AND results > 0"
                        + " AND opened_at IS NULL AND query_key <> ''"),
        SENT_ANYWAY(
                "sent-anyway",
                "SELECT ticket_key AS k, ticket_text AS t, started_at AS at FROM journey j WHERE started_at >= ?"
                        + " AND sent_at IS NOT NULL AND ticket_key <> '' AND NOT EXISTS (SELECT 1 FROM feedback f"
                        + " WHERE f.journey_id = j.id AND f.helpful = 1)");

        final String key;
        final String rows;

        Kind(String key, String rows) {
            this.key = key;
            this.rows = rows;
        }
    }

    private UnansweredQuestions() {}

    static List<UnansweredQuestion> read(Connection connection, long since) throws SQLException {
        List<UnansweredQuestion> all = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            all.addAll(read(connection, kind, since));
        }
        all.sort(Comparator.comparingLong(UnansweredQuestion::count)
                .thenComparing(UnansweredQuestion::last)
                .reversed());
        return all.size() > InsightsService.MAX_QUESTIONS ? all.subList(0, InsightsService.MAX_QUESTIONS) : all;
    }

    private record Group(String key, long count, long last) {}

    private static List<UnansweredQuestion> read(Connection connection, Kind kind, long since) throws SQLException {
        List<Group> groups = new ArrayList<>();
        try (PreparedStatement query = InsightsService.prepare(
                connection,
                "SELECT k, COUNT(*), MAX(at) FROM (" + kind.rows
                        + ") r GROUP BY k ORDER BY COUNT(*) DESC, MAX(at) DESC")) {
            query.setLong(1, since);
            query.setMaxRows(InsightsService.MAX_QUESTIONS);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    groups.add(new Group(rows.getString(1), rows.getLong(2), rows.getLong(3)));
                }
            }
        }
        if (groups.isEmpty()) {
            return List.of();
        }
        Map<String, Wordings> wordings = wordings(connection, kind, since, groups);
        List<UnansweredQuestion> questions = new ArrayList<>();
        for (Group group : groups) {
            Wordings found = wordings.getOrDefault(group.key(), new Wordings());
            questions.add(new UnansweredQuestion(
                    kind.key,
                    found.mostCommon(group.key()),
                    group.count(),
                    found.newest(),
                    Instant.ofEpochMilli(group.last()).toString()));
        }
        return questions;
    }

    /** The wordings of the chosen groups, newest first; a few hundred per group are plenty to pick from. */
    private static Map<String, Wordings> wordings(Connection connection, Kind kind, long since, List<Group> groups)
            throws SQLException {
        String keys = String.join(",", Collections.nCopies(groups.size(), "?"));
        Map<String, Wordings> wordings = new HashMap<>();
        try (PreparedStatement query = InsightsService.prepare(
                connection, "SELECT k, t FROM (" + kind.rows + ") r WHERE k IN (" + keys + ") ORDER BY at DESC")) {
            query.setLong(1, since);
            for (int i = 0; i < groups.size(); i++) {
                query.setString(i + 2, groups.get(i).key());
            }
            query.setMaxRows(groups.size() * 200);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    wordings.computeIfAbsent(rows.getString(1), k -> new Wordings())
                            .add(rows.getString(2));
                }
            }
        }
        return wordings;
    }

    /** The wordings seen for one group, in the order read (newest first). */
    private static final class Wordings {
        private final Map<String, Integer> counts = new HashMap<>();
        private final LinkedHashSet<String> inOrder = new LinkedHashSet<>();

        void add(String text) {
            String wording = text.strip();
            counts.merge(wording, 1, Integer::sum);
            inOrder.add(wording);
        }

        String mostCommon(String fallback) {
            return inOrder.stream().max(Comparator.comparingInt(counts::get)).orElse(fallback);
        }

        List<String> newest() {
            return inOrder.stream().limit(InsightsService.EXAMPLES).toList();
        }
    }
}
