package fixbank.server.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenRegistryTest {

    @TempDir
    Path temp;

    private static Caller staff(String name) {
        return Caller.named(name, Set.of(Role.STAFF));
    }

    @Test
    void tokensFromFileAndEnvironmentAuthenticateAsStaffWithTheirNames() throws Exception {
        Path file = temp.resolve("tokens");
        Files.writeString(
                file,
                "# service desk\nfile-token-0123456789 staff Dana Okafor (Service Desk)\n"
                        + "old-token-01234567890 staff # Sam's laptop\nbare-token-0123456789 staff\n\n");
        TokenRegistry tokens = TokenRegistry.load(
                Optional.of(file), Optional.of("env-token-0123456789:staff,named:token:0123456789:staff:Kim Lee"));
        assertEquals(Optional.of(staff("Dana Okafor (Service Desk)")), tokens.authenticate("file-token-0123456789"));
        assertEquals(
                Optional.of(staff("Sam's laptop")),
                tokens.authenticate("old-token-01234567890"),
                "an old file's comment column is the name");
        assertEquals(Optional.of(staff("line 4 of the tokens file")), tokens.authenticate("bare-token-0123456789"));
        assertEquals(Optional.of(staff("entry 1 of the inline tokens")), tokens.authenticate("env-token-0123456789"));
        assertEquals(
                Optional.of(staff("Kim Lee")),
                tokens.authenticate("named:token:0123456789"),
                "a token may hold colons");
        assertEquals(Optional.empty(), tokens.authenticate("file-token-012345678"));
        assertEquals(5, tokens.size());
    }

    @Test
    void eachRoleIncludesTheOnesBeforeIt() throws Exception {
        Path file = temp.resolve("roles");
        Files.writeString(
                file,
                "editor-token-0123456789 editor Ed Itor\nreviewer-token-012345678 reviewer Rev Iewer\n"
                        + "admin-token-0123456789ab admin Ad Min\n");
        TokenRegistry tokens = TokenRegistry.load(Optional.of(file), Optional.of("staff-token-0123456789:staff"));
        assertEquals(
                Set.of(Role.STAFF),
                tokens.authenticate("staff-token-0123456789").orElseThrow().roles());
        assertEquals(
                Set.of(Role.STAFF, Role.EDITOR),
                tokens.authenticate("editor-token-0123456789").orElseThrow().roles());
        assertEquals(
                Set.of(Role.STAFF, Role.EDITOR, Role.REVIEWER),
                tokens.authenticate("reviewer-token-012345678").orElseThrow().roles());
        Caller admin = tokens.authenticate("admin-token-0123456789ab").orElseThrow();
        assertEquals(Set.of(Role.values()), admin.roles());
        assertEquals("Ad Min", admin.name());
        assertTrue(admin.isStaff(), "every role reads what staff read");
    }

    @Test
    void aTokenListedTwiceIsAMistake() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> TokenRegistry.load(
                        Optional.empty(), Optional.of("twice-token-0123456789:staff,twice-token-0123456789:staff")));
        assertEquals("token entry 2: this token is already listed", e.getMessage());
    }

    @Test
    void mistakesNameTheLineButNeverTheToken() throws Exception {
        Path file = temp.resolve("tokens");
        Files.writeString(file, "secret-token-0123456789 root\n");
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> TokenRegistry.load(Optional.of(file), Optional.empty()));
        assertEquals(
                file + ":1: unknown role 'root', expected one of 'staff', 'editor', 'reviewer', 'admin'",
                e.getMessage());
        assertFalse(e.getMessage().contains("secret-token"));

        IllegalArgumentException shortToken = assertThrows(
                IllegalArgumentException.class, () -> TokenRegistry.load(Optional.empty(), Optional.of("short:staff")));
        assertEquals("token entry 1: token is shorter than 16 characters", shortToken.getMessage());

        Files.writeString(file, "# editors\nsecret-token-0123456789 editor " + "N".repeat(201) + "\n");
        IllegalArgumentException longName = assertThrows(
                IllegalArgumentException.class, () -> TokenRegistry.load(Optional.of(file), Optional.empty()));
        assertEquals(file + ":2: the name is longer than 200 characters", longName.getMessage());
    }
}
