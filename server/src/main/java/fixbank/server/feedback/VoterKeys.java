package fixbank.server.feedback;

import fixbank.server.access.Caller;
import fixbank.server.recording.ClientId;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Who gave a vote, as far as counting it once needs: a digest of the staff member's name, of the browser's
 * session key, or, for a caller that sent neither, of its address with a secret made at start and never
 * stored. So the database holds no address and no session key, and an address cannot be recovered from it.
 */
final class VoterKeys {

    private final byte[] secret = new byte[32];

    VoterKeys() {
        new SecureRandom().nextBytes(secret);
    }

    String of(Caller caller, Optional<ClientId> session, InetAddress client) {
        if (caller.isStaff()) {
            return digest("staff", caller.name().getBytes(StandardCharsets.UTF_8));
        }
        if (session.isPresent()) {
            return digest("session", session.get().value().getBytes(StandardCharsets.UTF_8));
        }
        byte[] address = client.getAddress();
        byte[] salted = new byte[secret.length + address.length];
        System.arraycopy(secret, 0, salted, 0, secret.length);
        System.arraycopy(address, 0, salted, secret.length, address.length);
        return digest("address", salted);
    }

    private static String digest(String kind, byte[] value) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(kind.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return HexFormat.of().formatHex(sha.digest(value), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
