package fixbank.server.recording;

import fixbank.server.database.Database;
import fixbank.server.database.DatabaseUnavailableException;
import fixbank.server.privacy.TextScrubber;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records searches and suggestions without ever holding them up: a request only offers its event to a
 * bounded queue, and one writer thread stores what is queued, in batches, one transaction each. When the
 * queue is full (the database is slow) or a batch cannot be written (it is down), events are dropped and
 * counted, never waited for. The same thread purges what is older than the retention, once an hour.
 *
 * <p>Thread-safe.
 */
public final class EventRecorder implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EventRecorder.class);

    static final int QUEUE_CAPACITY = 10_000;
    static final int BATCH = 500;
    static final Duration GATHER = Duration.ofMillis(100);
    static final Duration PURGE_EVERY = Duration.ofHours(1);

    private final Database database;
    private final TextScrubber scrubber;
    private final Wording wording = new Wording();
    private final Duration retention;
    private final Clock clock;
    private final BlockingQueue<Event> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    /** Events queued and not yet written or dropped: what {@link #flush} waits for. */
    private final AtomicLong unsettled = new AtomicLong();

    private final Thread writer;
    private volatile boolean closing;
    private long lastPurgeMillis = Long.MIN_VALUE;
    private boolean lastBatchFailed;

    public EventRecorder(Database database, TextScrubber scrubber, Duration retention, Clock clock) {
        this.database = database;
        this.scrubber = scrubber;
        this.retention = retention;
        this.clock = clock;
        this.writer = new Thread(this::writeUntilClosed, "fixbank-recorder");
        writer.setDaemon(true);
        writer.start();
    }

    /** Queues {@code event} to be stored; drops it, and counts the drop, when the queue is full. */
    public void record(Event event) {
        if (closing || !queue.offer(event)) {
            dropped.incrementAndGet();
            return;
        }
        unsettled.incrementAndGet();
    }

    /** Now, in epoch milliseconds, by the recorder's clock. */
    public long now() {
        return clock.millis();
    }

    public RecorderStatus status() {
        return new RecorderStatus(true, database.engine().key(), queue.size(), written.get(), dropped.get());
    }

    /** Waits until what was queued before this call has been stored or dropped; for tests and shutdown. */
    public void flush(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (unsettled.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    private void writeUntilClosed() {
        List<Event> batch = new ArrayList<>(BATCH);
        while (!closing || !queue.isEmpty()) {
            try {
                Event first = queue.poll(1, TimeUnit.SECONDS);
                if (first != null) {
                    batch.add(first);
                    if (!closing) {
                        // Gathers what comes in the meantime into the same transaction: one commit (and
                        // sync) for many events costs the server far less CPU than one each.
                        Thread.sleep(GATHER.toMillis());
                    }
                    queue.drainTo(batch, BATCH - 1);
                    store(batch);
                    batch.clear();
                }
                purgeWhenDue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void store(List<Event> batch) {
        try {
            database.inTransaction(connection -> {
                try (EventStore store = new EventStore(connection, scrubber, wording)) {
                    for (Event event : SuggestionsShown.merged(batch)) {
                        event.storeIn(store);
                    }
                }
                return null;
            });
            written.addAndGet(batch.size());
            unsettled.addAndGet(-batch.size());
            if (lastBatchFailed) {
                LOG.info("recording resumed: {} is available again", database.description());
                lastBatchFailed = false;
            }
        } catch (DatabaseUnavailableException e) {
            dropped.addAndGet(batch.size());
            unsettled.addAndGet(-batch.size());
            if (!lastBatchFailed) {
                // Once per outage, and without the events: their text may hold patient details.
                LOG.warn(
                        "recording paused, {} events dropped: {}: {}{}",
                        batch.size(),
                        database.description(),
                        e.getMessage(),
                        rootCause(e));
                lastBatchFailed = true;
            }
        }
    }

    private void purgeWhenDue() {
        long now = clock.millis();
        if (now - lastPurgeMillis < PURGE_EVERY.toMillis() && lastPurgeMillis != Long.MIN_VALUE) {
            return;
        }
        lastPurgeMillis = now;
        purge();
    }

    /** Deletes what is older than the retention now; returns the rows deleted. */
    public int purge() {
        long cutoff = clock.millis() - retention.toMillis();
        try {
            int deleted = database.inTransaction(connection -> {
                try (EventStore store = new EventStore(connection, scrubber, wording)) {
                    return store.purgeBefore(cutoff);
                }
            });
            if (deleted > 0) {
                LOG.info("purged {} records older than {} days", deleted, retention.toDays());
            }
            return deleted;
        } catch (DatabaseUnavailableException e) {
            return 0; // tried again at the next hour
        }
    }

    /** The kind of failure behind {@code e}, without its message, which may quote a statement's values. */
    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause == e ? "" : " (" + cause.getClass().getSimpleName() + ")";
    }

    /** Stores what is queued (for a few seconds at most), then stops the writer. */
    @Override
    public void close() {
        closing = true;
        try {
            writer.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
