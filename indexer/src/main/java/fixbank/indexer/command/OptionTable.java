package fixbank.indexer.command;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.Column.Overflow;
import picocli.CommandLine.Help.TextTable;
import picocli.CommandLine.IHelpSectionRenderer;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The options part of a command's usage text, by concern: each group's heading, then a row per option with
 * its flag, its environment variable and what it does, ending with its default. Options outside any group
 * come first, under "Options:".
 */
final class OptionTable implements IHelpSectionRenderer {

    static final int WIDTH = 110;

    private static final Column[] COLUMNS = {
        new Column(28, 2, Overflow.SPAN), new Column(31, 0, Overflow.SPAN), new Column(51, 0, Overflow.WRAP)
    };

    @Override
    public String render(Help help) {
        CommandSpec spec = help.commandSpec();
        StringBuilder text = new StringBuilder();
        List<OptionSpec> ungrouped =
                spec.options().stream().filter(o -> o.group() == null).toList();
        if (!ungrouped.isEmpty()) {
            text.append("Options:\n").append(table(help, ungrouped));
        }
        for (ArgGroupSpec group : spec.argGroups()) {
            text.append('\n').append(help.createHeading(group.heading())).append(table(help, group.options()));
        }
        return text.toString();
    }

    private static String table(Help help, List<OptionSpec> options) {
        TextTable table = TextTable.forColumns(help.colorScheme(), COLUMNS);
        for (OptionSpec option : options) {
            if (!option.hidden()) {
                table.addRowValues(flag(option), variable(option), description(option));
            }
        }
        return table.toString();
    }

    private static String flag(OptionSpec option) {
        boolean takesValue = option.typeInfo().isMultiValue()
                || !option.typeInfo().isBoolean()
                || option.arity().max() > 0;
        return String.join(", ", option.names()) + (takesValue ? " " + option.paramLabel() : "");
    }

    private static String variable(OptionSpec option) {
        return EnvironmentDefaults.readsEnvironment(option) ? EnvironmentDefaults.variableFor(option) : "";
    }

    private static String description(OptionSpec option) {
        List<String> parts = new ArrayList<>(List.of(option.description()));
        String fallback = option.defaultValue();
        if (fallback != null && !fallback.isEmpty()) {
            parts.add("(default: " + fallback + ")");
        }
        return String.join(" ", parts);
    }
}
