package fixbank.indexer.command;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A setting that is on or off, written {@code on}/{@code off} (or true/false, yes/no) in any case. Not a
 * {@code boolean}: picocli lets an optional value follow a boolean flag only when it reads true or false.
 */
public enum Switch {
    ON,
    OFF;

    public boolean isOn() {
        return this == ON;
    }

    /** Reads the words above; anything else is named in the error. */
    public static final class Converter implements ITypeConverter<Switch> {
        @Override
        public Switch convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "on", "true", "yes" -> ON;
                case "off", "false", "no" -> OFF;
                default -> throw new TypeConversionException("'" + value + "' is not on or off");
            };
        }
    }
}
