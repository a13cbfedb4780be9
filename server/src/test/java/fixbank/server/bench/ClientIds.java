package fixbank.server.bench;

import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Journey and search ids as the report page, the widget and the search box make them up: a random id kept for a
 * few requests (a ticket being typed, a burst of typing in the search box), then a new one. Each client thread
 * has its own current id, so no two threads type into the same ticket.
 */
final class ClientIds {

    private static final char[] DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".toCharArray();

    private final int requestsPerId;
    private final ThreadLocal<Current> current = ThreadLocal.withInitial(Current::new);

    /** Ids that change every {@code requestsPerId} requests of a thread. */
    ClientIds(int requestsPerId) {
        this.requestsPerId = requestsPerId;
    }

    /** The id for the thread's next request. */
    String next() {
        Current mine = current.get();
        if (mine.id == null || mine.used == requestsPerId) {
            mine.id = random(ThreadLocalRandom.current());
            mine.used = 0;
        }
        mine.used++;
        return mine.id;
    }

    /** A random id of 22 letters and digits (about 131 bits), of the form the server accepts. */
    static String random(Random random) {
        char[] id = new char[22];
        for (int i = 0; i < id.length; i++) {
            id[i] = DIGITS[random.nextInt(DIGITS.length)];
        }
        return new String(id);
    }

    private static final class Current {
        String id;
        int used;
    }
}
