package fixbank.indexer.schema;

import java.io.IOException;
import java.util.ArrayDeque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * For a token whose parts are joined by {@code .}, {@code :} or {@code _} (which Unicode word splitting keeps
 * whole, as in {@code STOREDRV.Deliver.Exception:ObjectNotFoundException} or {@code 5.1.10}), also emits each
 * part at the same position, so the exact code and each of its words match.
 *
 * <p>A plain loop over each token's characters: Lucene's {@code WordDelimiterGraphFilter} does this and much
 * more, but made a full build of the shared corpus a third slower.
 */
final class CodePartsFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final ArrayDeque<String> parts = new ArrayDeque<>();
    private State original;

    CodePartsFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!parts.isEmpty()) {
            restoreState(original);
            term.setEmpty().append(parts.poll());
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        split();
        if (!parts.isEmpty()) {
            original = captureState();
        }
        return true;
    }

    private void split() {
        char[] buffer = term.buffer();
        int length = term.length();
        int start = 0;
        for (int i = 0; i <= length; i++) {
            if (i == length || isJoiner(buffer[i])) {
                if (start == 0 && i == length) {
                    return; // no joiner: nothing to split
                }
                if (i > start) {
                    parts.add(new String(buffer, start, i - start));
                }
                start = i + 1;
            }
        }
        if (parts.size() < 2) {
            parts.clear();
        }
    }

    private static boolean isJoiner(char c) {
        return c == '.' || c == ':' || c == '_';
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        parts.clear();
        original = null;
    }
}
