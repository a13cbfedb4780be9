package fixbank.server.http;

import java.util.Locale;

/**
 * Where the server is in its life, for load balancers: it answers ({@code alive}) from the moment it
 * listens, but is {@code ready} for traffic only once its index is open, and stops being ready as soon as it
 * begins to shut down ({@code draining}), so a balancer stops sending it requests before it goes. Thread-safe.
 */
final class Readiness {

    enum State {
        STARTING,
        READY,
        DRAINING;

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private volatile State state = State.STARTING;

    State state() {
        return state;
    }

    boolean isReady() {
        return state == State.READY;
    }

    void ready() {
        state = State.READY;
    }

    boolean isDraining() {
        return state == State.DRAINING;
    }

    void draining() {
        state = State.DRAINING;
    }
}
