package fixbank.server.editing;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

/** One line of an inline diff: {@code same}, {@code removed} (only in the published text) or {@code added}. */
public record DiffLine(String kind, String text) {

    /** Every line of both texts, in reading order, each marked. */
    static List<DiffLine> between(String before, String after) {
        List<String> old = before.isEmpty() ? List.of() : List.of(before.split("\n", -1));
        List<String> now = List.of(after.split("\n", -1));
        List<DiffLine> lines = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(old, now).getDeltas()) {
            while (position < delta.getSource().getPosition()) {
                lines.add(new DiffLine("same", old.get(position++)));
            }
            delta.getSource().getLines().forEach(line -> lines.add(new DiffLine("removed", line)));
            delta.getTarget().getLines().forEach(line -> lines.add(new DiffLine("added", line)));
            position = delta.getSource().getPosition() + delta.getSource().size();
        }
        while (position < old.size()) {
            lines.add(new DiffLine("same", old.get(position++)));
        }
        return lines;
    }
}
