package fixbank.server.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The database that holds what Fixbank records: a pool of connections to an SQLite file or a PostgreSQL
 * server, with the schema brought up to date by the versioned migrations in {@code fixbank/db/migration}
 * (Flyway). Both engines run the same SQL: the schema keeps to what they share.
 *
 * <p>Waits are short everywhere, since no request may hang on the database: a connection is given up after
 * {@link #CONNECTION_WAIT}, a statement after {@link #STATEMENT_SECONDS}.
 */
public final class Database implements AutoCloseable {

    static final Duration CONNECTION_WAIT = Duration.ofSeconds(2);

    /** The longest any statement may run; insights over a million events take well under a second. */
    public static final int STATEMENT_SECONDS = 10;

    /** How long after a failed migration the next request may try again, so a down server is not hammered. */
    static final Duration MIGRATION_RETRY = Duration.ofSeconds(10);

    private final Engine engine;
    private final String description;
    private final HikariDataSource pool;
    private volatile boolean migrated;
    private long lastAttemptNanos;
    private boolean attempted;

    private Database(Engine engine, String description, HikariDataSource pool) {
        this.engine = engine;
        this.description = description;
        this.pool = pool;
    }

    /**
     * Opens a pool to the database at {@code jdbcUrl} without connecting yet: a server that is down now may
     * be up later. An SQLite file's folder is created.
     */
    public static Database open(String jdbcUrl) {
        Engine engine = Engine.of(jdbcUrl);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setPoolName("fixbank-db");
        config.setConnectionTimeout(CONNECTION_WAIT.toMillis());
        config.setValidationTimeout(CONNECTION_WAIT.toMillis());
        config.setInitializationFailTimeout(-1);
        config.setMinimumIdle(1);
        if (engine == Engine.SQLITE) {
            // The file is what comes before any ?option=value the driver reads.
            Path file = Path.of(jdbcUrl.substring("jdbc:sqlite:".length()).split("\\?", 2)[0]);
            createFolder(file.toAbsolutePath().getParent());
            // WAL lets searches' records be written while insights are read; FULL syncs each commit, so
            // feedback acknowledged is feedback kept, even through a power cut.
            config.addDataSourceProperty("journal_mode", "WAL");
            config.addDataSourceProperty("synchronous", "FULL");
            config.addDataSourceProperty("busy_timeout", Long.toString(CONNECTION_WAIT.toMillis()));
            config.setMaximumPoolSize(4);
            return new Database(engine, "SQLite file " + file.toAbsolutePath(), new HikariDataSource(config));
        }
        config.setMaximumPoolSize(8);
        config.addDataSourceProperty("connectTimeout", Long.toString(CONNECTION_WAIT.toSeconds()));
        config.addDataSourceProperty("socketTimeout", Integer.toString(STATEMENT_SECONDS * 2));
        return new Database(engine, "PostgreSQL at " + hostOf(jdbcUrl), new HikariDataSource(config));
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "cannot create the folder of the database, " + folder + ": " + e.getMessage());
        }
    }

    /** Host, port and database of a PostgreSQL URL, never its user or password. */
    private static String hostOf(String jdbcUrl) {
        try {
            URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
            return uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + uri.getPath();
        } catch (IllegalArgumentException e) {
            return "the configured address";
        }
    }

    /**
     * Applies the migrations the database has not had yet, unless that was done already or tried less than
     * {@link #MIGRATION_RETRY} ago: a database that is down at start is tried again when next used.
     *
     * @throws DatabaseUnavailableException when the database cannot be reached or migrated
     */
    public synchronized void migrate() {
        if (migrated) {
            return;
        }
        long now = System.nanoTime();
        if (attempted && now - lastAttemptNanos < MIGRATION_RETRY.toNanos()) {
            throw new DatabaseUnavailableException("the database is not available", null);
        }
        attempted = true;
        lastAttemptNanos = now;
        try {
            Flyway.configure(Database.class.getClassLoader())
                    .dataSource(pool)
                    .locations("classpath:fixbank/db/migration")
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
            migrated = true;
        } catch (FlywayException e) {
            throw new DatabaseUnavailableException("the database could not be prepared", e);
        }
    }

    public Engine engine() {
        return engine;
    }

    /** Where the database is, for the log: no user name or password. */
    public String description() {
        return description;
    }

    /**
     * Runs {@code work} in one transaction, committed when it returns and rolled back when it throws.
     *
     * @throws DatabaseUnavailableException when the database could not be reached or refused the work
     */
    public <T> T inTransaction(SqlWork<T> work) {
        if (!migrated) {
            migrate();
        }
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("the database is not available", e);
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
