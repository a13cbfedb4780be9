package fixbank.server.http;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Optional;

/**
 * The version a write is based on, sent as {@code If-Match: "VERSION"} (quotes and a weak {@code W/} prefix
 * are accepted, as HTTP clients add them). Versions are the ETags the editing endpoints answer with.
 */
final class IfMatch {

    private IfMatch() {}

    static Optional<String> of(Context ctx) {
        String header = ctx.header("If-Match");
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        return Optional.of(value);
    }

    static String tag(String version) {
        return '"' + version + '"';
    }

    /** 428: a save must say which version it replaces, or it could overwrite someone else's. */
    static HttpResponseException required(String readFrom) {
        return new HttpResponseException(
                428,
                "send If-Match with the version you edited (the ETag of " + readFrom + "), so that nobody's"
                        + " changes are overwritten");
    }
}
