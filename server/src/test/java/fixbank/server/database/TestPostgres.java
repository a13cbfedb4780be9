package fixbank.server.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.opentest4j.TestAbortedException;

/**
 * A real PostgreSQL server for the tests, started once per test run in a temp folder from the Debian
 * packages ({@code apt-get install -y postgresql}, which {@code .ci/run} does), and stopped when the run
 * ends. Each caller gets a database of its own. Run as root (as on CI), the server runs as the
 * {@code postgres} user the package creates, since PostgreSQL refuses to run as root.
 */
public final class TestPostgres {

    private static final Path INSTALLS = Path.of("/usr/lib/postgresql");
    private static final String USER = "fixbank";
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private static TestPostgres running;

    private final int port;

    private TestPostgres(int port) {
        this.port = port;
    }

    /**
     * The JDBC URL of a new, empty database.
     *
     * @throws TestAbortedException when PostgreSQL is not installed (the tests that need it are skipped)
     */
    public static String newDatabase() {
        TestPostgres server = server();
        String name = "fixbank_test_" + DATABASES.incrementAndGet();
        try (Connection admin = DriverManager.getConnection(server.url("postgres"));
                Statement create = admin.createStatement()) {
            create.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create a test database", e);
        }
        return server.url(name);
    }

    private String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=" + USER;
    }

    /** Where the server programs are: the newest version installed, or empty. */
    static Optional<Path> programs() {
        if (!Files.isDirectory(INSTALLS)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(INSTALLS)) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin ->
                            Files.isExecutable(bin.resolve("pg_ctl")) && Files.isExecutable(bin.resolve("initdb")))
                    .max(Comparator.comparing(bin -> Integer.parseInt(
                            bin.getParent().getFileName().toString().replaceAll("\\D", "0"))));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static synchronized TestPostgres server() {
        if (running == null) {
            String missing = "PostgreSQL is not installed (apt-get install -y postgresql)";
            Path bin = programs()
                    .orElseThrow(() -> "true".equals(System.getenv("CI"))
                            ? new IllegalStateException(missing + ", and on CI its tests must run")
                            : new TestAbortedException(missing + ": its tests are skipped"));
            running = start(bin);
        }
        return running;
    }

    private static TestPostgres start(Path bin) {
        try {
            Path folder = Files.createTempDirectory("fixbank-postgres");
            boolean root = "root".equals(System.getProperty("user.name"));
            if (root) {
                UserPrincipal postgres =
                        folder.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
                Files.setOwner(folder, postgres);
            }
            int port = freePort();
            Path data = folder.resolve("data");
            run(
                    root,
                    List.of(
                            bin.resolve("initdb").toString(),
                            "-D",
                            data.toString(),
                            "-U",
                            USER,
                            "-A",
                            "trust",
                            "-E",
                            "UTF8",
                            "--no-sync"));
            run(
                    root,
                    List.of(
                            bin.resolve("pg_ctl").toString(),
                            "-D",
                            data.toString(),
                            "-w",
                            "-l",
                            folder.resolve("log").toString(),
                            "-o",
                            "-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1 -c fsync=off",
                            "start"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(root, bin, data, folder), "test-postgres-stop"));
            return new TestPostgres(port);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start PostgreSQL for the tests", e);
        }
    }

    private static void stop(boolean root, Path bin, Path data, Path folder) {
        try {
            run(root, List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop"));
        } catch (IOException | RuntimeException e) {
            // the run is ending anyway
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind
        }
    }

    private static void run(boolean root, List<String> command) throws IOException {
        List<String> full = new ArrayList<>();
        if (root) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
