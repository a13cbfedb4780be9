package fixbank.indexer.command;

import picocli.CommandLine.Option;

/**
 * The semantic switch, defined once for both commands: with it on, the index holds each article's meaning
 * vector and the server re-ranks suggestions by it. The indexer mixes it in; the server's search options
 * extend it.
 */
public class SemanticMode {

    @Option(
            names = "--semantic",
            paramLabel = "on|off",
            arity = "0..1",
            fallbackValue = "on",
            defaultValue = "off",
            converter = Switch.Converter.class,
            description = "meaning vectors in the index, and suggestions re-ranked by them (the flag alone means"
                    + " on); switching it rebuilds the index")
    private Switch semantic;

    public boolean semantic() {
        return semantic.isOn();
    }
}
