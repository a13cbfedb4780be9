package fixbank.server.database;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done with one connection, in one transaction. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
