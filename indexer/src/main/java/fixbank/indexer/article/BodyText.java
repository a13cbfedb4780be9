package fixbank.indexer.article;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the indexer reads out of a Markdown body: its plain text, first H1, headings and where in the text each
 * recognised section lies.
 */
record BodyText(String text, Optional<String> firstH1, List<String> headings, Map<Section, List<TextRange>> sections) {}
