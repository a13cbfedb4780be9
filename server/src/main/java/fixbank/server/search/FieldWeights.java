package fixbank.server.search;

import fixbank.indexer.schema.ArticleFields;
import java.util.Map;

/**
 * How much a match in each text field counts. A word in the title says far more about what an article is
 * for than the same word somewhere in its steps; symptoms are what people type when they search. The
 * weights were chosen on the shared dev set (title 2.5, symptoms 2, body 1.5 beat 3 / 1.2 / 1 on every
 * track), where lifting the title further hurt descriptions. The cause
 * and resolution sections are in the body already: searching them again would double the work of every
 * query for no better ranking (they stay searchable by name, as {@code resolution:restart}).
 */
public final class FieldWeights {

    public static final Map<String, Float> TEXT_FIELDS = Map.of(
            ArticleFields.TITLE, 2.5f,
            ArticleFields.SUMMARY, 1.5f,
            ArticleFields.HEADINGS, 1.5f,
            ArticleFields.SYSTEMS_TEXT, 1.5f,
            ArticleFields.SYMPTOMS, 2.0f,
            ArticleFields.BODY, 1.5f);

    /**
     * The fields of {@link #TEXT_FIELDS} that hold all of an article's words: the body holds its headings and
     * sections, and the title, summary and systems the rest.
     */
    public static final Map<String, Float> MAIN_FIELDS = Map.of(
            ArticleFields.TITLE, TEXT_FIELDS.get(ArticleFields.TITLE),
            ArticleFields.SUMMARY, TEXT_FIELDS.get(ArticleFields.SUMMARY),
            ArticleFields.SYSTEMS_TEXT, TEXT_FIELDS.get(ArticleFields.SYSTEMS_TEXT),
            ArticleFields.BODY, TEXT_FIELDS.get(ArticleFields.BODY));

    private FieldWeights() {}
}
