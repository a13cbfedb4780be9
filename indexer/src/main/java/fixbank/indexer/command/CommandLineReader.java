package fixbank.indexer.command;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reads a Fixbank command's arguments into its annotated options object, with environment variables as
 * fallbacks, and produces its usage text. A mistake becomes an {@link IllegalArgumentException} whose message
 * names the option and, when the value came from the environment, the variable that set it.
 */
public final class CommandLineReader {

    private final CommandLine commandLine;
    private final EnvironmentDefaults environment;

    /**
     * @param command an instance of a picocli {@code @Command} class, whose fields receive the values
     * @param environment the process environment, or a map standing for it in tests
     */
    public CommandLineReader(Object command, Map<String, String> environment) {
        this.environment = new EnvironmentDefaults(environment);
        this.commandLine = new CommandLine(command)
                .setDefaultValueProvider(this.environment)
                .setUsageHelpWidth(OptionTable.WIDTH)
                .setUsageHelpAutoWidth(false);
        commandLine
                .getHelpSectionMap()
                .put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST, new OptionTable());
        commandLine.getHelpSectionMap().remove(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST_HEADING);
    }

    /**
     * Reads {@code args} into the command object.
     *
     * @return false when help was asked for, in which case nothing else is read
     * @throws IllegalArgumentException naming what is wrong
     */
    public boolean read(String[] args) {
        try {
            commandLine.parseArgs(args);
        } catch (ParameterException e) {
            throw new IllegalArgumentException(explain(e, args), e);
        }
        return !commandLine.isUsageHelpRequested();
    }

    /** The usage text, with every option, its environment variable and its default. */
    public String usage() {
        return commandLine.getUsageMessage(Ansi.OFF);
    }

    private String explain(ParameterException e, String[] args) {
        if (e instanceof UnmatchedArgumentException unmatched) {
            return unknown(unmatched.getUnmatched());
        }
        String message = e.getMessage();
        if (e.getArgSpec() instanceof OptionSpec option && !given(option, args)) {
            String variable = environment.sourceOf(option);
            if (variable != null) {
                return message + " (from the environment variable " + variable + ")";
            }
        }
        return message;
    }

    /**
     * Names the unknown options but not the values after them, which may be secrets typed in the wrong place
     * (a token after a mistyped option) and must not reach a log.
     */
    private static String unknown(List<String> unmatched) {
        List<String> options =
                unmatched.stream().filter(arg -> arg.startsWith("-")).toList();
        int others = unmatched.size() - options.size();
        String named = options.stream()
                .map(option -> "'" + option.replaceFirst("=.*", "=…") + "'")
                .collect(Collectors.joining(", "));
        if (options.isEmpty()) {
            return others + " unexpected " + (others == 1 ? "argument" : "arguments") + "; options start with --";
        }
        return (options.size() == 1 ? "Unknown option: " : "Unknown options: ")
                + named
                + (others == 0 ? "" : " (and " + others + " more " + (others == 1 ? "argument" : "arguments") + ")");
    }

    private static boolean given(OptionSpec option, String[] args) {
        return Arrays.stream(args)
                .anyMatch(arg ->
                        Arrays.stream(option.names()).anyMatch(name -> arg.equals(name) || arg.startsWith(name + "=")));
    }
}
