package fixbank.server.tls;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PEM files with the JDK alone: a certificate chain, and an unencrypted PKCS#8 private key, the form
 * {@code openssl genpkey}, {@code openssl req -newkey} and certbot write. Other key forms are refused with the
 * command that converts them. Errors name the option and the file.
 */
final class PemReader {

    private static final Pattern BLOCK =
            Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----([A-Za-z0-9+/=\\s]*?)-----END \\1-----");

    private PemReader() {}

    /** Every certificate in the file, in order; the server's own comes first. */
    static List<X509Certificate> certificates(Path file, String option) {
        List<X509Certificate> chain = new ArrayList<>();
        Matcher block = BLOCK.matcher(read(file, option));
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            while (block.find()) {
                if (block.group(1).equals("CERTIFICATE")) {
                    chain.add((X509Certificate)
                            factory.generateCertificate(new ByteArrayInputStream(decode(block.group(2)))));
                }
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    option + ": " + file + " holds a certificate that cannot be read: " + e.getMessage(), e);
        }
        if (chain.isEmpty()) {
            throw new IllegalArgumentException(
                    option + ": " + file + " holds no PEM certificate (-----BEGIN" + " CERTIFICATE-----)");
        }
        return chain;
    }

    /** The private key in the file, of {@code algorithm} (the certificate's: RSA, EC, EdDSA). */
    static PrivateKey privateKey(Path file, String option, String algorithm) {
        Matcher block = BLOCK.matcher(read(file, option));
        while (block.find()) {
            String type = block.group(1);
            if (type.equals("PRIVATE KEY")) {
                return pkcs8(decode(block.group(2)), file, option, algorithm);
            }
            if (type.endsWith("PRIVATE KEY")) {
                throw new IllegalArgumentException(option + ": " + file + " holds an " + type + "; Fixbank reads"
                        + " unencrypted PKCS#8 keys (-----BEGIN PRIVATE KEY-----): convert it with 'openssl pkcs8"
                        + " -topk8 -nocrypt -in KEY -out KEY.pk8', or use a PKCS#12 keystore");
            }
        }
        throw new IllegalArgumentException(
                option + ": " + file + " holds no PEM private key (-----BEGIN PRIVATE KEY-----)");
    }

    private static PrivateKey pkcs8(byte[] der, Path file, String option, String algorithm) {
        try {
            return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(
                    option + ": " + file + " is not the " + algorithm + " private key the certificate needs", e);
        }
    }

    private static byte[] decode(String base64) {
        return Base64.getMimeDecoder().decode(base64);
    }

    private static String read(Path file, String option) {
        try {
            // Latin-1 reads any bytes, so a file that is not PEM at all is reported as holding no PEM block.
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(option + ": there is no file " + file, e);
        } catch (AccessDeniedException e) {
            throw new IllegalArgumentException(option + ": " + file + " may not be read by this user", e);
        } catch (IOException e) {
            throw new IllegalArgumentException(option + ": " + file + " cannot be read: " + e.getMessage(), e);
        }
    }
}
