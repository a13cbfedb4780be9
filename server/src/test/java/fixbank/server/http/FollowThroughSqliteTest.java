package fixbank.server.http;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link FollowThroughApiTest} on the default engine: an SQLite file beside the index, made at start. */
class FollowThroughSqliteTest extends FollowThroughApiTest {

    @BeforeAll
    static void startOnSqlite() throws IOException {
        start(config -> config);
    }

    @Test
    void theDatabaseIsAFileBesideTheIndex() {
        assertTrue(Files.isRegularFile(temp.resolve("server").resolve("fixbank.db")));
    }
}
