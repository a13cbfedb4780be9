package fixbank.server.config;

import java.nio.file.Path;
import java.util.Objects;

/** Where the server's private key and certificate chain come from: PEM files, or a PKCS#12 keystore. */
public sealed interface TlsKeys {

    /**
     * @param certificate the certificate chain in PEM, the server's own certificate first
     * @param key its private key in PEM (PKCS#8, unencrypted)
     */
    record PemFiles(Path certificate, Path key) implements TlsKeys {
        public PemFiles {
            Objects.requireNonNull(certificate, "certificate");
            Objects.requireNonNull(key, "key");
        }
    }

    /**
     * @param keystore a PKCS#12 file holding the private key and its certificate chain
     * @param password what opens it (and its key), read from the environment only; empty when it has none
     */
    record Pkcs12(Path keystore, String password) implements TlsKeys {
        public Pkcs12 {
            Objects.requireNonNull(keystore, "keystore");
            Objects.requireNonNull(password, "password");
        }

        /** Never the password: a configuration may be logged. */
        @Override
        public String toString() {
            return "Pkcs12[keystore=" + keystore + "]";
        }
    }
}
