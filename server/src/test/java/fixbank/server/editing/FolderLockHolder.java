package fixbank.server.editing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Another server's process, as far as the articles folder's lock goes: takes the lock of the folder named by its
 * argument, says {@value #HELD}, and lets go when a line arrives on its standard input.
 */
public final class FolderLockHolder {

    static final String HELD = "held";

    private FolderLockHolder() {}

    public static void main(String[] args) throws IOException {
        try (FolderWriteLock.Held held = new FolderWriteLock(Path.of(args[0])).hold()) {
            System.out.println(HELD);
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
    }

    /** Starts a holder of {@code folder}'s lock in a process of its own and returns once it holds it. */
    public static Process start(Path folder) throws IOException {
        Process holder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        FolderLockHolder.class.getName(),
                        folder.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String first =
                new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8)).readLine();
        if (!HELD.equals(first)) {
            holder.destroyForcibly();
            throw new IOException("the holder process did not take the lock: " + first);
        }
        return holder;
    }

    /** Asks the holder to let go. */
    public static void release(Process holder) throws IOException {
        holder.getOutputStream().write('\n');
        holder.getOutputStream().flush();
    }
}
