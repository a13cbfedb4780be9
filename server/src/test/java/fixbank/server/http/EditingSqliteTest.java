package fixbank.server.http;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;

/** {@link EditingApiTest} with the audit log in the default embedded database. */
class EditingSqliteTest extends EditingApiTest {

    @BeforeAll
    static void startOnSqlite() throws IOException {
        start(config -> config);
    }
}
