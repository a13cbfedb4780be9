package fixbank.server.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenRegistryTest {

    @TempDir
    Path temp;

    @Test
    void tokensFromFileAndEnvironmentAuthenticateAsStaff() throws Exception {
        Path file = temp.resolve("tokens");
        Files.writeString(file, "# service desk\nfile-token-0123456789 staff Dana's laptop\n\n");
        TokenRegistry tokens = TokenRegistry.load(Optional.of(file), Optional.of("env-token-0123456789:staff"));
        assertEquals(Optional.of(Caller.STAFF), tokens.authenticate("file-token-0123456789"));
        assertEquals(Optional.of(Caller.STAFF), tokens.authenticate("env-token-0123456789"));
        assertEquals(Optional.empty(), tokens.authenticate("file-token-012345678"));
        assertEquals(2, tokens.size());
    }

    @Test
    void mistakesNameTheLineButNeverTheToken() throws Exception {
        Path file = temp.resolve("tokens");
        Files.writeString(file, "secret-token-0123456789 admin\n");
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> TokenRegistry.load(Optional.of(file), Optional.empty()));
        assertEquals(file + ":1: unknown role 'admin', expected 'staff'", e.getMessage());
        assertFalse(e.getMessage().contains("secret-token"));

        IllegalArgumentException shortToken = assertThrows(
                IllegalArgumentException.class, () -> TokenRegistry.load(Optional.empty(), Optional.of("short:staff")));
        assertEquals("token entry 1: token is shorter than 16 characters", shortToken.getMessage());
    }
}
