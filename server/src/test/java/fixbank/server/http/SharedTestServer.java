package fixbank.server.http;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** One real server for all tests of a class that only read from it. */
abstract class SharedTestServer {

    @TempDir
    static Path temp;

    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(temp);
    }

    @AfterAll
    static void stop() {
        server.close();
    }
}
