package fixbank.server.feedback;

import java.util.Arrays;
import java.util.Optional;

/** Why an article did not solve the reader's problem, when they say. */
public enum Reason {
    DID_NOT_WORK("did-not-work"),
    NOT_MY_PROBLEM("not-my-problem"),
    HARD_TO_FOLLOW("hard-to-follow"),
    OUT_OF_DATE("out-of-date");

    private final String key;

    Reason(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Reason> of(String key) {
        return Arrays.stream(values()).filter(reason -> reason.key.equals(key)).findFirst();
    }
}
