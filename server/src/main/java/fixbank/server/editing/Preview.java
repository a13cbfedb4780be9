package fixbank.server.editing;

/** A draft rendered exactly as its article page would render it. */
public record Preview(String title, String html) {}
