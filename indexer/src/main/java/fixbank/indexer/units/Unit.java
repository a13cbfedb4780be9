package fixbank.indexer.units;

/**
 * A clinical unit and its IT point person, as {@code units.yaml} lists them.
 *
 * @param phone how to reach them (phone or bleep); empty when not given
 * @param hours when they can be reached; empty when not given
 * @param escalation who to go to when they cannot be reached; empty when not given
 */
public record Unit(String name, String contact, String phone, String hours, String escalation) {}
