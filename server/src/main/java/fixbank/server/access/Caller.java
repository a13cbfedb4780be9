package fixbank.server.access;

/** Who is asking: anyone on the network, or IT staff who presented a valid token. */
public enum Caller {
    ANONYMOUS,
    STAFF;

    public boolean isStaff() {
        return this == STAFF;
    }
}
