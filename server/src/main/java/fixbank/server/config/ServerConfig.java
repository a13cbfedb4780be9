package fixbank.server.config;

import fixbank.indexer.command.CommandLineReader;
import java.util.Map;
import java.util.Optional;

/**
 * How the server is set up, by concern. {@link #parse} reads it from the command line with environment
 * variables as fallback ({@link ServerOptions} defines every option); {@link #defaults} is what an empty
 * command line gives, so a test changes only the concerns it cares about with the {@code with} methods.
 */
public record ServerConfig(
        IndexSettings index,
        HttpSettings http,
        AccessSettings access,
        SearchSettings search,
        PageSettings pages,
        RateLimitSettings rateLimits,
        RecordSettings record) {

    /**
     * Reads options, falling back to {@code environment}.
     *
     * @return empty when help was asked for: {@link #usage} says what to print
     * @throws IllegalArgumentException naming the option that is wrong
     */
    public static Optional<ServerConfig> parse(String[] args, Map<String, String> environment) {
        ServerOptions options = new ServerOptions();
        if (!new CommandLineReader(options, environment).read(args)) {
            return Optional.empty();
        }
        return Optional.of(options.config(environment));
    }

    /** What the server runs with when no option and no environment variable is set. */
    public static ServerConfig defaults() {
        return parse(new String[0], Map.of()).orElseThrow();
    }

    /** The usage text: every option by concern, with its environment variable and default. */
    public static String usage() {
        return new CommandLineReader(new ServerOptions(), Map.of()).usage();
    }

    public ServerConfig withIndex(IndexSettings settings) {
        return new ServerConfig(settings, http, access, search, pages, rateLimits, record);
    }

    public ServerConfig withHttp(HttpSettings settings) {
        return new ServerConfig(index, settings, access, search, pages, rateLimits, record);
    }

    public ServerConfig withAccess(AccessSettings settings) {
        return new ServerConfig(index, http, settings, search, pages, rateLimits, record);
    }

    public ServerConfig withSearch(SearchSettings settings) {
        return new ServerConfig(index, http, access, settings, pages, rateLimits, record);
    }

    public ServerConfig withPages(PageSettings settings) {
        return new ServerConfig(index, http, access, search, settings, rateLimits, record);
    }

    public ServerConfig withRateLimits(RateLimitSettings settings) {
        return new ServerConfig(index, http, access, search, pages, settings, record);
    }

    public ServerConfig withRecord(RecordSettings settings) {
        return new ServerConfig(index, http, access, search, pages, rateLimits, settings);
    }
}
