package fixbank.server.config;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a switch written {@code on}/{@code off} (or true/false, yes/no) in any case, as the indexer's switches are. */
final class OnOff implements ITypeConverter<Boolean> {

    @Override
    public Boolean convert(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "on", "true", "yes" -> true;
            case "off", "false", "no" -> false;
            default -> throw new TypeConversionException("'" + value + "' is not on or off");
        };
    }
}
