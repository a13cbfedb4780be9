package fixbank.server.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fixbank.indexer.command.EnvironmentDefaults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The README's option table says what the server's option definitions say: flag, variable and default. */
class ReadmeOptionsTest {

    /** A row as the README writes it: {@code `--port N` | `FIXBANK_PORT` | `8080`}; "none" when no default. */
    private record Row(String option, String variable, String fallback) {}

    @Test
    void theReadmeTableListsEveryOptionWithItsVariableAndDefault() throws IOException {
        List<Row> defined = new ArrayList<>();
        for (OptionSpec option :
                new CommandLine(new ServerOptions()).getCommandSpec().options()) {
            if (EnvironmentDefaults.readsEnvironment(option)) {
                String label =
                        option.typeInfo().isBoolean() && option.arity().max() == 0 ? "" : " " + option.paramLabel();
                defined.add(new Row(
                        "`" + option.longestName() + label + "`",
                        "`" + EnvironmentDefaults.variableFor(option) + "`",
                        option.defaultValue() == null ? "none" : "`" + option.defaultValue() + "`"));
            }
        }
        for (String variable : List.of(ServerOptions.INLINE_TOKENS, ServerOptions.KEYSTORE_PASSWORD)) {
            defined.add(new Row("", "`" + variable + "`", "none"));
        }

        List<Row> documented = new ArrayList<>();
        String readme = Files.readString(repositoryRoot().resolve("README.md"));
        String section = readme.substring(readme.indexOf("## The server"), readme.indexOf("### Words"));
        for (String line : section.lines().toList()) {
            if (line.startsWith("| `--") || line.startsWith("| | `FIXBANK_")) {
                String[] cells = line.replace("\\|", "|").split(" \\| ");
                documented.add(new Row(
                        cells[0].substring(1).strip(),
                        cells[1].strip(),
                        cells[2].strip().equals("bundled") ? "none" : cells[2].strip()));
            }
        }
        assertEquals(
                defined.stream().sorted(Comparator.comparing(Row::variable)).toList(),
                documented.stream().sorted(Comparator.comparing(Row::variable)).toList());
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isRegularFile(dir.resolve("README.md")) || !Files.isDirectory(dir.resolve("articles"))) {
            dir = dir.getParent();
        }
        return dir;
    }
}
