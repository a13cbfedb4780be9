package fixbank.server.config;

import fixbank.indexer.command.IndexFolders;
import fixbank.indexer.command.SemanticMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Every option of the server command, by concern: its flag, default and help text, here and nowhere else.
 * Each option can also be set by an environment variable named after it ({@code --tokens-file} by
 * {@code FIXBANK_TOKENS_FILE}); the usage text, with those names and the defaults, is produced from these
 * definitions. Staff tokens can also be given inline in {@value #INLINE_TOKENS}, which is read from the
 * environment only: any local user can read a command line in the process list.
 */
@Command(
        name = "fixbank-server",
        customSynopsis = "java -jar fixbank-server.jar [OPTIONS]",
        description = "Serves the Fixbank knowledge bank: the web pages and the API over a live index.%n",
        footerHeading = "%nEnvironment only:%n",
        footer = "  " + ServerOptions.INLINE_TOKENS
                + "  staff tokens inline: TOKEN:ROLE[:NAME],... (never on the command line)")
final class ServerOptions {

    static final String INLINE_TOKENS = "FIXBANK_TOKENS";

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "show this help and exit")
    boolean help;

    @ArgGroup(validate = false, heading = "Index:%n", order = 1)
    IndexOptions index = new IndexOptions();

    @ArgGroup(validate = false, heading = "HTTP:%n", order = 2)
    HttpOptions http = new HttpOptions();

    @ArgGroup(validate = false, heading = "Access:%n", order = 3)
    AccessOptions access = new AccessOptions();

    @ArgGroup(validate = false, heading = "Search and suggestions:%n", order = 4)
    SearchOptions search = new SearchOptions();

    @ArgGroup(validate = false, heading = "Web pages:%n", order = 5)
    PageOptions pages = new PageOptions();

    ServerConfig config(Map<String, String> environment) {
        return new ServerConfig(
                index.settings(), http.settings(), access.settings(environment), search.settings(), pages.settings());
    }

    /** The folders, shared with the indexer command, and how often the articles folder is looked at. */
    static final class IndexOptions extends IndexFolders {
        @Option(
                names = "--watch-seconds",
                paramLabel = "N",
                defaultValue = "2",
                description = "how often the articles folder is checked for changes")
        int watchSeconds;

        IndexSettings settings() {
            return new IndexSettings(articles(), index(), Duration.ofSeconds(watchSeconds));
        }
    }

    static final class HttpOptions {
        @Option(names = "--host", paramLabel = "ADDR", defaultValue = "0.0.0.0", description = "address to listen on")
        String host;

        @Option(
                names = "--port",
                paramLabel = "N",
                defaultValue = "8080",
                description = "HTTP port; 0 picks a free one")
        int port;

        @Option(
                names = "--cors-origins",
                paramLabel = "ORIGIN,...",
                split = ",",
                description = "origins whose pages may call the API (the widget), such as https://tickets.example.org")
        List<String> corsOrigins = new ArrayList<>();

        HttpSettings settings() {
            return new HttpSettings(host, port, WebAddresses.origins(corsOrigins));
        }
    }

    static final class AccessOptions {
        @Option(
                names = "--tokens-file",
                paramLabel = "FILE",
                description = "staff tokens, one 'TOKEN ROLE [NAME]' per line; none means every caller is anonymous")
        Path tokensFile;

        AccessSettings settings(Map<String, String> environment) {
            return new AccessSettings(
                    Optional.ofNullable(tokensFile), Optional.ofNullable(environment.get(INLINE_TOKENS)));
        }
    }

    /** Synonyms, and the semantic switch shared with the indexer command. */
    static final class SearchOptions extends SemanticMode {
        @Option(
                names = "--synonyms",
                paramLabel = "FILE",
                description = "synonym rules for searches and suggestions, in place of the bundled synonyms.txt")
        Path synonyms;

        SearchSettings settings() {
            return new SearchSettings(Optional.ofNullable(synonyms), semantic());
        }
    }

    static final class PageOptions {
        @Option(
                names = "--ticket-url",
                paramLabel = "URL",
                description = "where the report page hands a problem to the ticketing system")
        String ticketUrl;

        PageSettings settings() {
            return new PageSettings(Optional.ofNullable(ticketUrl)
                    .filter(url -> !url.isBlank())
                    .map(url -> WebAddresses.httpAddress(url.strip(), "ticket-url")));
        }
    }
}
