package fixbank.server.http;

import fixbank.indexer.article.Status;
import fixbank.server.recording.ClientId;
import fixbank.server.validation.InvalidRequestException;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads query parameters into checked values, naming the parameter in every error. */
final class RequestParams {

    private RequestParams() {}

    static String text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null ? "" : value;
    }

    /** A journey, search or session id the caller made up, or empty when none was sent. */
    static Optional<ClientId> clientId(Context ctx, String name) {
        return ClientId.parse(ctx.queryParam(name), name);
    }

    /** {@code name=true} or {@code name=false}; false when left out. */
    static boolean flag(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank() || value.strip().equals("false")) {
            return false;
        }
        if (value.strip().equals("true")) {
            return true;
        }
        throw new InvalidRequestException(name, name + " must be true or false, not '" + shorten(value) + "'");
    }

    static int number(Context ctx, String name, int defaultValue) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name, name + " must be a whole number, not '" + shorten(value) + "'");
        }
    }

    /** Values given as {@code name=a,b} or {@code name=a&name=b}, blanks dropped. */
    static List<String> list(Context ctx, String name) {
        List<String> values = new ArrayList<>();
        for (String raw : ctx.queryParams(name)) {
            for (String part : raw.split(",")) {
                if (!part.isBlank()) {
                    values.add(part.strip());
                }
            }
        }
        return values;
    }

    static Set<Status> statuses(Context ctx) {
        List<String> names = list(ctx, "status");
        if (names.isEmpty()) {
            return Set.of(Status.PUBLISHED);
        }
        Set<Status> statuses = new LinkedHashSet<>();
        for (String name : names) {
            statuses.add(Status.fromKey(name)
                    .orElseThrow(() -> new InvalidRequestException(
                            "status", "unknown status '" + shorten(name) + "': use draft, review or published")));
        }
        return statuses;
    }

    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
