package fixbank.server.tls;

import fixbank.server.config.TlsKeys;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's private key and certificate chain as a {@link KeyStore} for the HTTPS listener, read from PEM
 * files or a PKCS#12 keystore when the server starts, so that a missing file, a key that is not the
 * certificate's or a wrong password stops it with a message naming the option and the file, before it
 * listens, rather than failing each handshake later.
 *
 * @param store the key and its chain
 * @param password what opens the store and its key
 */
public record ServerKeyStore(KeyStore store, String password) {

    private static final Logger LOG = LoggerFactory.getLogger(ServerKeyStore.class);

    /** Protects nothing: a store built from PEM files is kept in memory only. */
    private static final String IN_MEMORY_PASSWORD = "fixbank";

    /** @throws IllegalArgumentException saying what is wrong with which file */
    public static ServerKeyStore load(TlsKeys keys) {
        ServerKeyStore loaded = keys instanceof TlsKeys.PemFiles pem ? fromPem(pem) : fromPkcs12((TlsKeys.Pkcs12) keys);
        loaded.warnWhenNotValidNow();
        return loaded;
    }

    /** Never the password. */
    @Override
    public String toString() {
        return "ServerKeyStore[" + store.getType() + "]";
    }

    private static ServerKeyStore fromPem(TlsKeys.PemFiles files) {
        List<X509Certificate> chain = PemReader.certificates(files.certificate(), "tls-cert");
        X509Certificate own = chain.get(0);
        PrivateKey key =
                PemReader.privateKey(files.key(), "tls-key", own.getPublicKey().getAlgorithm());
        if (!KeyPairs.belongTogether(key, own)) {
            throw new IllegalArgumentException("tls-key: " + files.key() + " is not the private key of the first"
                    + " certificate in " + files.certificate() + ", which must be the server's own");
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("fixbank", key, IN_MEMORY_PASSWORD.toCharArray(), chain.toArray(Certificate[]::new));
            return new ServerKeyStore(store, IN_MEMORY_PASSWORD);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("the JDK cannot hold the key of " + files.certificate(), e);
        }
    }

    private static ServerKeyStore fromPkcs12(TlsKeys.Pkcs12 keystore) {
        Path file = keystore.keystore();
        char[] password = keystore.password().toCharArray();
        KeyStore store;
        try (InputStream in = Files.newInputStream(file)) {
            store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("tls-keystore: there is no file " + file, e);
        } catch (AccessDeniedException e) {
            throw new IllegalArgumentException("tls-keystore: " + file + " may not be read by this user", e);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new IllegalArgumentException(wrongPassword(keystore), e);
            }
            throw new IllegalArgumentException(
                    "tls-keystore: " + file + " is not a PKCS#12 keystore: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("tls-keystore: " + file + " cannot be read: " + e.getMessage(), e);
        }
        try {
            boolean hasKey = false;
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    store.getKey(alias, password); // a key under another password would fail every handshake
                    hasKey = true;
                }
            }
            if (!hasKey) {
                throw new IllegalArgumentException("tls-keystore: " + file + " holds no private key");
            }
        } catch (UnrecoverableKeyException e) {
            throw new IllegalArgumentException(
                    "tls-keystore: a key in " + file + " has a password other than the"
                            + " keystore's; Fixbank opens both with the one password",
                    e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("tls-keystore: " + file + " cannot be read: " + e.getMessage(), e);
        }
        return new ServerKeyStore(store, keystore.password());
    }

    private static String wrongPassword(TlsKeys.Pkcs12 keystore) {
        return "tls-keystore: the password "
                + (keystore.password().isEmpty() ? "is missing: set it in " : "in ")
                + "FIXBANK_TLS_KEYSTORE_PASSWORD"
                + (keystore.password().isEmpty() ? "" : " does not open " + keystore.keystore());
    }

    /** Browsers refuse such a certificate; the server still starts, so that it can be replaced in place. */
    private void warnWhenNotValidNow() {
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.getCertificate(alias) instanceof X509Certificate certificate) {
                    try {
                        certificate.checkValidity();
                    } catch (CertificateExpiredException | CertificateNotYetValidException e) {
                        LOG.warn(
                                "The TLS certificate for {} is not valid now ({} to {})",
                                certificate.getSubjectX500Principal().getName(),
                                certificate.getNotBefore().toInstant(),
                                certificate.getNotAfter().toInstant());
                    }
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
