package fixbank.server.editing;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The lock every write to an articles folder holds, whichever server makes it. Several servers may share one
 * folder (#15), and an edit reads the file's version, checks it against the editor's, then writes: without a
 * lock shared between them, two servers could both pass the check and the second write would silently replace
 * the first. The lock is the operating system's, on {@link #FILE} in the folder (hidden, so the indexer skips
 * it), and is let go when its process ends, even by {@code kill -9}. The operating system's lock is held per
 * process, not per thread, so writers in one process (two servers in a test, or the article and units
 * editors) first take a lock of that process for the same file.
 */
public final class FolderWriteLock {

    static final String FILE = ".fixbank.lock";

    /** A write takes milliseconds; waiting longer than this means another server is stuck while writing. */
    static final Duration WAIT = Duration.ofSeconds(10);

    private static final long POLL_MILLIS = 5;

    private static final ConcurrentHashMap<Path, ReentrantLock> IN_THIS_PROCESS = new ConcurrentHashMap<>();

    private final Path file;
    private final ReentrantLock inThisProcess;
    private final Duration wait;

    public FolderWriteLock(Path folder) {
        this(folder, WAIT);
    }

    FolderWriteLock(Path folder, Duration wait) {
        this.file = realFolder(folder).resolve(FILE);
        this.inThisProcess = IN_THIS_PROCESS.computeIfAbsent(file, any -> new ReentrantLock());
        this.wait = wait;
    }

    /** The folder by its real path where it exists, so that two names of one folder share one lock here. */
    private static Path realFolder(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            return folder.toAbsolutePath().normalize();
        }
    }

    /** Held until closed. */
    public interface Held extends AutoCloseable {

        @Override
        void close() throws IOException;
    }

    /**
     * Waits for the folder's lock, for at most {@link #WAIT}.
     *
     * @throws FolderBusyException when another process held it all that time
     */
    public Held hold() throws IOException {
        if (inThisProcess.isHeldByCurrentThread()) {
            // A second channel would wait out its time for a lock this thread holds, then on closing let go of
            // the first one's lock too (the operating system's locks belong to the process, not the channel).
            throw new IllegalStateException("a write to " + file.getParent() + " inside another");
        }
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            if (!inThisProcess.tryLock(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new FolderBusyException();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FolderBusyException();
        }
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            acquire(channel, deadline);
            return () -> {
                try {
                    channel.close(); // which lets go of its lock
                } finally {
                    inThisProcess.unlock();
                }
            };
        } catch (IOException | RuntimeException e) {
            inThisProcess.unlock();
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held in this process under another name of the folder: wait for it as for another's
        }
    }

    /** Polls, since {@link FileChannel#lock()} would wait without end for a server that never lets go. */
    private static void acquire(FileChannel channel, long deadline) throws IOException {
        try {
            while (true) {
                if (tryLock(channel) != null) {
                    return;
                }
                if (System.nanoTime() >= deadline) {
                    throw new FolderBusyException();
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        } catch (InterruptedException e) {
            channel.close();
            Thread.currentThread().interrupt();
            throw new FolderBusyException();
        }
    }
}
