package fixbank.server.database;

/** The database engines Fixbank stores its records in. */
public enum Engine {
    /** A file beside the index: nothing to set up, one server. */
    SQLITE("sqlite"),
    /** A server of the hospital's: several Fixbank servers can share it. */
    POSTGRESQL("postgresql");

    private final String key;

    Engine(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    static Engine of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("not an SQLite or PostgreSQL JDBC URL");
    }
}
