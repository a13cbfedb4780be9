package fixbank.server.recording;

/**
 * How recording is going, for staff on the health endpoint.
 *
 * @param on always true: a server that records nothing says {@code "on": false} instead
 * @param database the engine: {@code sqlite} or {@code postgresql}
 * @param queued events waiting to be written
 * @param written events written since start
 * @param dropped events dropped since start because the database was slow or unavailable
 */
public record RecorderStatus(boolean on, String database, int queued, long written, long dropped) {}
