package fixbank.indexer.command;

import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Environment variables as fallbacks for options: {@code --tokens-file} reads {@code FIXBANK_TOKENS_FILE} when
 * it is not given on the command line, and the option's own default applies when neither is set. An option
 * given on the command line always wins. Help options have no variable.
 */
public final class EnvironmentDefaults implements IDefaultValueProvider {

    private static final String PREFIX = "FIXBANK_";

    private final Map<String, String> environment;

    public EnvironmentDefaults(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** The variable read for {@code option}: {@code --watch-seconds} is {@code FIXBANK_WATCH_SECONDS}. */
    public static String variableFor(OptionSpec option) {
        return PREFIX
                + option.longestName()
                        .replaceFirst("^-+", "")
                        .toUpperCase(Locale.ROOT)
                        .replace('-', '_');
    }

    /** Whether the option can be set from the environment: every option but the help flag. */
    public static boolean readsEnvironment(OptionSpec option) {
        return !option.usageHelp() && !option.versionHelp();
    }

    /** The name of the variable that set {@code option}, when the command line did not. */
    public String sourceOf(OptionSpec option) {
        String variable = variableFor(option);
        return readsEnvironment(option) && environment.containsKey(variable) ? variable : null;
    }

    @Override
    public String defaultValue(ArgSpec argument) {
        if (argument instanceof OptionSpec option && readsEnvironment(option)) {
            return environment.get(variableFor(option));
        }
        return null;
    }
}
