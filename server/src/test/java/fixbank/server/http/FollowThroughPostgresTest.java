package fixbank.server.http;

import static org.junit.jupiter.api.Assertions.assertFalse;

import fixbank.server.database.PostgresInstalled;
import fixbank.server.database.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link FollowThroughApiTest} on a real PostgreSQL server, as {@code --database URL} sets it. */
@ExtendWith(PostgresInstalled.class)
class FollowThroughPostgresTest extends FollowThroughApiTest {

    @BeforeAll
    static void startOnPostgres() throws IOException {
        String url = TestPostgres.newDatabase();
        start(config -> config.withRecord(config.record().withDatabaseUrl(url)));
    }

    @Test
    void noDatabaseFileIsMadeBesideTheIndex() {
        assertFalse(Files.exists(temp.resolve("server").resolve("fixbank.db")));
    }
}
