package fixbank.indexer.schema;

import fixbank.indexer.article.Article;
import fixbank.indexer.article.Section;
import fixbank.indexer.article.TextRange;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;

/** Turns an {@link Article} into the Lucene document that {@link ArticleFields} describes. */
public final class ArticleDocuments {

    /** Stored, analysed text with offsets in the postings, so snippets need no re-analysis. */
    private static final FieldType STORED_TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        STORED_TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        STORED_TEXT_WITH_OFFSETS.freeze();
    }

    /**
     * The writer's analyzer, which analyses the body and the section fields alike: the body is analysed here once,
     * and its tokens are given to its own field and to each section's ({@link AnalysedText}).
     */
    private static final Analyzer ANALYZER = ArticleFields.analyzer();

    private ArticleDocuments() {}

    /** The term that finds an article's document, for updates and deletes. */
    public static Term idTerm(String id) {
        return new Term(ArticleFields.ID, id);
    }

    public static Document toDocument(Article article, SourceStamp stamp) {
        Document doc = new Document();
        String id = article.id().value();
        doc.add(new StringField(ArticleFields.ID, id, Field.Store.YES));
        doc.add(new SortedDocValuesField(ArticleFields.ID, new BytesRef(id)));
        doc.add(new StoredField(ArticleFields.PATH, article.path()));
        doc.add(new TextField(ArticleFields.TITLE, article.title(), Field.Store.YES));
        doc.add(new TextField(ArticleFields.TITLE_WORDS, article.title(), Field.Store.NO));
        doc.add(new TextField(ArticleFields.SUMMARY, article.summary(), Field.Store.YES));
        AnalysedText text = AnalysedText.of(ANALYZER, ArticleFields.BODY, article.text());
        Field body = new Field(ArticleFields.BODY, article.text(), STORED_TEXT_WITH_OFFSETS);
        body.setTokenStream(text.all());
        doc.add(body);
        for (String heading : article.headings()) {
            doc.add(new TextField(ArticleFields.HEADINGS, heading, Field.Store.NO));
        }
        addSection(doc, ArticleFields.SYMPTOMS, article, Section.SYMPTOMS, text);
        addSection(doc, ArticleFields.CAUSE, article, Section.CAUSE, text);
        addSection(doc, ArticleFields.RESOLUTION, article, Section.RESOLUTION, text);
        doc.add(new StoredField(ArticleFields.MARKDOWN, article.markdown()));
        doc.add(new StoredField(ArticleFields.VERSION, article.version()));
        for (String tag : article.tags()) {
            addKeyword(doc, ArticleFields.TAGS, tag);
        }
        for (String system : article.systems()) {
            addKeyword(doc, ArticleFields.SYSTEMS, system);
            doc.add(new TextField(ArticleFields.SYSTEMS_TEXT, system, Field.Store.NO));
        }
        for (String unit : article.units()) {
            doc.add(new StoredField(ArticleFields.UNITS, unit));
            String key = unitKey(unit);
            doc.add(new StringField(ArticleFields.UNIT_KEYS, key, Field.Store.NO));
            doc.add(new SortedSetDocValuesField(ArticleFields.UNIT_KEYS, new BytesRef(key)));
        }
        doc.add(new StringField(ArticleFields.VISIBILITY, article.visibility().key(), Field.Store.YES));
        doc.add(new StringField(ArticleFields.STATUS, article.status().key(), Field.Store.YES));
        doc.add(new StringField(ArticleFields.OWNER, article.owner(), Field.Store.YES));
        addDate(doc, ArticleFields.UPDATED, article.updated());
        addDate(doc, ArticleFields.REVIEW_BY, article.reviewBy());
        doc.add(new NumericDocValuesField(ArticleFields.SOURCE_SIZE, stamp.size()));
        doc.add(new NumericDocValuesField(ArticleFields.SOURCE_MODIFIED, stamp.modifiedMillis()));
        return doc;
    }

    /**
     * The keyword a unit's name is indexed and looked up by: units are named in any letter case, as people
     * type them and {@code units.yaml} spells them.
     */
    public static String unitKey(String unit) {
        return unit.strip().toLowerCase(Locale.ROOT);
    }

    /** Adds the vector of the article's gist, for semantic re-ranking. */
    public static void addMeaning(Document doc, float[] meaning) {
        doc.add(new KnnFloatVectorField(ArticleFields.MEANING, meaning, VectorSimilarityFunction.COSINE));
    }

    private static void addSection(Document doc, String field, Article article, Section section, AnalysedText text) {
        List<TextRange> ranges = article.sections().get(section);
        if (ranges != null) {
            doc.add(new Field(field, text.within(ranges), TextField.TYPE_NOT_STORED));
        }
    }

    private static void addKeyword(Document doc, String field, String value) {
        doc.add(new StringField(field, value, Field.Store.YES));
        doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }

    private static void addDate(Document doc, String field, Optional<LocalDate> date) {
        date.ifPresent(d -> {
            doc.add(new StoredField(field, d.toString()));
            doc.add(new LongPoint(field, d.toEpochDay()));
            doc.add(new NumericDocValuesField(field, d.toEpochDay()));
        });
    }
}
