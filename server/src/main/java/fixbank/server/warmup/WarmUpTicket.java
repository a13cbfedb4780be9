package fixbank.server.warmup;

import java.util.ArrayList;
import java.util.List;

/** A draft ticket the warm-up sends: a title and a description, made from one of the bank's own articles. */
public record WarmUpTicket(String title, String description) {

    /**
     * The tickets one article gives, one for each way tickets reach suggest (the evaluation's five tracks):
     * the title with the summary as description, the title alone, the summary alone, the title cut inside a
     * word as while it is typed, and the title with two letters swapped; and one the evaluation lacks but
     * real tickets are full of, the title after a word the bank does not know. Each takes its own path through
     * the query code (a description's sentences, a word still being typed, a spelling correction, a word with
     * neither matches nor corrections), and a path the warm-up never took is compiled while the first real
     * requests wait. Without a summary, two are left out.
     */
    static List<WarmUpTicket> fromArticle(String title, String summary) {
        List<WarmUpTicket> tickets = new ArrayList<>();
        if (!summary.isBlank()) {
            tickets.add(new WarmUpTicket(title, summary));
            tickets.add(new WarmUpTicket("", summary));
        }
        tickets.add(new WarmUpTicket(title, ""));
        tickets.add(new WarmUpTicket(typing(title), ""));
        tickets.add(new WarmUpTicket(mistyped(title), ""));
        tickets.add(new WarmUpTicket(unknownWord(title) + " " + title, ""));
        return tickets;
    }

    /** The title cut about three fifths of the way, which mostly falls inside a word. */
    static String typing(String title) {
        return title.substring(0, Math.max(1, title.length() * 3 / 5));
    }

    /**
     * The title's longest word spelt backwards: rarely a word at all, and too far from any to be corrected,
     * as a ward's or a device's name the bank has never seen is. It goes first, since the last word of a title
     * may still be being typed and is looked up as a prefix.
     */
    static String unknownWord(String title) {
        String[] words = title.split(" ");
        return new StringBuilder(words[longestWordAt(words)]).reverse().toString();
    }

    /** The title with the two middle letters of its longest word swapped, a common slip of the fingers. */
    static String mistyped(String title) {
        String[] words = title.split(" ");
        int longest = longestWordAt(words);
        String word = words[longest];
        if (word.length() < 4) {
            return title;
        }
        int middle = word.length() / 2;
        words[longest] = word.substring(0, middle - 1)
                + word.charAt(middle)
                + word.charAt(middle - 1)
                + word.substring(middle + 1);
        return String.join(" ", words);
    }

    private static int longestWordAt(String[] words) {
        int longest = 0;
        for (int i = 1; i < words.length; i++) {
            if (words[i].length() > words[longest].length()) {
                longest = i;
            }
        }
        return longest;
    }
}
