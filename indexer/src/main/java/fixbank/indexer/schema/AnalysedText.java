package fixbank.indexer.schema;

import fixbank.indexer.article.TextRange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A text analysed once, whose tokens are then given to several fields: an article's body, and the parts of it that
 * make each section's field. The sections hold a third of a bank's words, and analysing them a second time was a
 * tenth of a build (#15). What the index needs of a token is kept: its term, position increment and offsets.
 */
final class AnalysedText {

    private final int length;
    private char[] chars = new char[1024];
    private int[] termEnds = new int[128];
    private int[] increments = new int[128];
    private int[] starts = new int[128];
    private int[] ends = new int[128];
    private int count;

    private AnalysedText(int length) {
        this.length = length;
    }

    static AnalysedText of(Analyzer analyzer, String field, String text) {
        AnalysedText analysed = new AnalysedText(text.length());
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                analysed.add(term, increment.getPositionIncrement(), offset.startOffset(), offset.endOffset());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return analysed;
    }

    private void add(CharTermAttribute term, int increment, int start, int end) {
        if (count == increments.length) {
            int grown = count * 2;
            termEnds = Arrays.copyOf(termEnds, grown);
            increments = Arrays.copyOf(increments, grown);
            starts = Arrays.copyOf(starts, grown);
            ends = Arrays.copyOf(ends, grown);
        }
        int from = count == 0 ? 0 : termEnds[count - 1];
        if (from + term.length() > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, from + term.length()));
        }
        System.arraycopy(term.buffer(), 0, chars, from, term.length());
        termEnds[count] = from + term.length();
        increments[count] = increment;
        starts[count] = start;
        ends[count] = end;
        count++;
    }

    /** Every token, as the analyzer gave them. */
    TokenStream all() {
        return new Replay(new int[] {0, count}, false);
    }

    /**
     * The tokens within {@code ranges} of the text, which must be ascending and not cut through a word (section
     * ranges end at line breaks). Each range's first token starts one position after the last range's end, as if
     * the ranges' texts had been joined by a line break and analysed.
     */
    TokenStream within(List<TextRange> ranges) {
        int[] spans = new int[2 * ranges.size()];
        for (int i = 0; i < ranges.size(); i++) {
            spans[2 * i] = firstStartingAtOrAfter(ranges.get(i).start());
            spans[2 * i + 1] = firstStartingAtOrAfter(ranges.get(i).end());
        }
        return new Replay(spans, true);
    }

    /** The index of the first token that starts at {@code offset} or later: offsets never go backwards. */
    private int firstStartingAtOrAfter(int offset) {
        int low = 0;
        int high = count;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (starts[middle] < offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** Gives the tokens of the spans {@code [from, to)} of token indexes, in order. */
    private final class Replay extends TokenStream {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final int[] spans;
        private final boolean restartSpans;
        private int span;
        private int next;

        Replay(int[] spans, boolean restartSpans) {
            this.spans = spans;
            this.restartSpans = restartSpans;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            span = 0;
            next = spans.length == 0 ? 0 : spans[0];
        }

        @Override
        public boolean incrementToken() {
            while (span < spans.length / 2 && next >= spans[2 * span + 1]) {
                span++;
                if (span < spans.length / 2) {
                    next = spans[2 * span];
                }
            }
            if (span >= spans.length / 2) {
                return false;
            }
            clearAttributes();
            int from = next == 0 ? 0 : termEnds[next - 1];
            term.copyBuffer(chars, from, termEnds[next] - from);
            boolean firstOfSpan = next == spans[2 * span];
            increment.setPositionIncrement(restartSpans && firstOfSpan ? 1 : increments[next]);
            offset.setOffset(starts[next], ends[next]);
            next++;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            offset.setOffset(length, length);
        }
    }
}
