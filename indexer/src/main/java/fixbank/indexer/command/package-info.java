/**
 * What both Fixbank commands (the indexer and the server) share on the command line: every option is one
 * picocli {@code @Option} (flag, default and help text together), its environment variable follows from its
 * flag by one rule ({@link EnvironmentDefaults}), and the usage text is produced from those definitions
 * ({@link OptionTable}), so nothing about an option is written twice.
 */
package fixbank.indexer.command;
