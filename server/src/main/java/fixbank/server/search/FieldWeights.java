package fixbank.server.search;

import fixbank.indexer.schema.ArticleFields;
import java.util.Map;

/**
 * How much a match in each text field counts. A word in the title says far more about what an article is
 * for than the same word somewhere in its steps; symptoms are what people type when they search.
 */
public final class FieldWeights {

    public static final Map<String, Float> TEXT_FIELDS = Map.of(
            ArticleFields.TITLE, 3.0f,
            ArticleFields.SUMMARY, 1.5f,
            ArticleFields.HEADINGS, 1.5f,
            ArticleFields.SYSTEMS_TEXT, 1.5f,
            ArticleFields.SYMPTOMS, 1.2f,
            ArticleFields.CAUSE, 0.8f,
            ArticleFields.RESOLUTION, 0.8f,
            ArticleFields.BODY, 1.0f);

    private FieldWeights() {}
}
