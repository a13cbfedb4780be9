package fixbank.server.editing;

import java.util.Locale;

/** The workflow steps the audit log keeps, by the names it keeps them under. */
enum EditAction {
    CREATE,
    EDIT,
    SUBMIT,
    APPROVE,
    REJECT,
    DELETE;

    String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
