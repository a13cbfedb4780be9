package fixbank.server.editing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The articles folder's write lock against another process, as a second server sharing the folder is: a writer
 * waits while the other holds it, gives up with a clear error if it never lets go, and goes on once the other
 * process is killed outright.
 */
class FolderWriteLockTest {

    @TempDir
    Path folder;

    @Test
    void aWriterWaitsWhileAnotherProcessHoldsTheLock() throws Exception {
        Process other = FolderLockHolder.start(folder);
        try {
            CompletableFuture<Boolean> writer = CompletableFuture.supplyAsync(() -> {
                try (FolderWriteLock.Held held = new FolderWriteLock(folder).hold()) {
                    return true;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(500);
            assertFalse(writer.isDone(), "the writer took the lock while the other process held it");

            FolderLockHolder.release(other);

            assertTrue(writer.get(10, TimeUnit.SECONDS));
            assertTrue(Files.exists(folder.resolve(FolderWriteLock.FILE)));
        } finally {
            other.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aWriterGivesUpWithAClearErrorWhenTheOtherProcessNeverLetsGo() throws Exception {
        Process other = FolderLockHolder.start(folder);
        try {
            FolderBusyException busy = assertThrows(
                    FolderBusyException.class, () -> new FolderWriteLock(folder, Duration.ofMillis(300)).hold());
            assertTrue(busy.getMessage().contains("nothing was saved"), busy.getMessage());
        } finally {
            other.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aKilledHolderLetsGo() throws Exception {
        Process other = FolderLockHolder.start(folder);
        other.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // kill -9: the operating system lets the lock go

        try (FolderWriteLock.Held held = new FolderWriteLock(folder, Duration.ofSeconds(5)).hold()) {
            assertTrue(Files.exists(folder.resolve(FolderWriteLock.FILE)));
        }
    }

    @Test
    void twoWritersInOneProcessTakeTurnsWhateverNameTheyGiveTheFolder(@TempDir Path elsewhere) throws Exception {
        FolderWriteLock first = new FolderWriteLock(folder);
        FolderWriteLock second = new FolderWriteLock(Files.createSymbolicLink(elsewhere.resolve("articles"), folder));
        CountDownLatch secondHolds = new CountDownLatch(1);
        CompletableFuture<Void> writer;
        try (FolderWriteLock.Held held = first.hold()) {
            writer = CompletableFuture.runAsync(() -> {
                try (FolderWriteLock.Held alsoHeld = second.hold()) {
                    secondHolds.countDown();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertFalse(secondHolds.await(300, TimeUnit.MILLISECONDS), "both writers held the lock at once");
        }
        writer.get(10, TimeUnit.SECONDS);
        assertTrue(secondHolds.await(0, TimeUnit.SECONDS));
    }

    @Test
    void aWriteInsideAnotherIsAMistakeSaidAtOnce() throws Exception {
        FolderWriteLock lock = new FolderWriteLock(folder, Duration.ofSeconds(5));
        try (FolderWriteLock.Held held = lock.hold()) {
            long start = System.nanoTime();
            assertThrows(IllegalStateException.class, lock::hold);
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(1).toNanos(), "said at once, not waited out");
        }
    }
}
