package fixbank.server.http;

import fixbank.server.database.PostgresInstalled;
import fixbank.server.database.TestPostgres;
import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link EditingApiTest} with the audit log on a real PostgreSQL server. */
@ExtendWith(PostgresInstalled.class)
class EditingPostgresTest extends EditingApiTest {

    @BeforeAll
    static void startOnPostgres() throws IOException {
        String url = TestPostgres.newDatabase();
        start(config -> config.withRecord(config.record().withDatabaseUrl(url)));
    }
}
