package fixbank.server.search;

import fixbank.indexer.schema.ArticleFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts, over every matching article, how many carry each tag and each system, and how many match in all.
 * Counting reads the sorted-set doc values the indexer writes, so it costs an array increment per value.
 */
final class FacetCounts implements CollectorManager<FacetCounts.PerSlice, FacetCounts.Result> {

    /** Counts by value, most frequent first (ties by name), and the exact number of matches. */
    record Result(Map<String, Long> tags, Map<String, Long> systems, long total) {}

    @Override
    public PerSlice newCollector() {
        return new PerSlice();
    }

    @Override
    public Result reduce(Collection<PerSlice> slices) throws IOException {
        Map<String, Long> tags = new HashMap<>();
        Map<String, Long> systems = new HashMap<>();
        long total = 0;
        for (PerSlice slice : slices) {
            total += slice.total;
            for (LeafCounts leaf : slice.leaves) {
                leaf.addTo(tags, systems);
            }
        }
        return new Result(sorted(tags), sorted(systems), total);
    }

    private static Map<String, Long> sorted(Map<String, Long> counts) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    static final class PerSlice implements Collector {
        private final List<LeafCounts> leaves = new ArrayList<>();
        private long total;

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            LeafCounts leaf = new LeafCounts(
                    DocValues.getSortedSet(context.reader(), ArticleFields.TAGS),
                    DocValues.getSortedSet(context.reader(), ArticleFields.SYSTEMS));
            leaves.add(leaf);
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) throws IOException {
                    total++;
                    leaf.count(doc);
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    private static final class LeafCounts {
        private final SortedSetDocValues tags;
        private final SortedSetDocValues systems;
        private final long[] tagCounts;
        private final long[] systemCounts;

        LeafCounts(SortedSetDocValues tags, SortedSetDocValues systems) {
            this.tags = tags;
            this.systems = systems;
            this.tagCounts = new long[(int) tags.getValueCount()];
            this.systemCounts = new long[(int) systems.getValueCount()];
        }

        void count(int doc) throws IOException {
            count(tags, tagCounts, doc);
            count(systems, systemCounts, doc);
        }

        private static void count(SortedSetDocValues values, long[] counts, int doc) throws IOException {
            if (values.advanceExact(doc)) {
                for (int i = 0; i < values.docValueCount(); i++) {
                    counts[(int) values.nextOrd()]++;
                }
            }
        }

        void addTo(Map<String, Long> tagTotals, Map<String, Long> systemTotals) throws IOException {
            addTo(tags, tagCounts, tagTotals);
            addTo(systems, systemCounts, systemTotals);
        }

        private static void addTo(SortedSetDocValues values, long[] counts, Map<String, Long> totals)
                throws IOException {
            for (int ord = 0; ord < counts.length; ord++) {
                if (counts[ord] > 0) {
                    totals.merge(values.lookupOrd(ord).utf8ToString(), counts[ord], Long::sum);
                }
            }
        }
    }
}
