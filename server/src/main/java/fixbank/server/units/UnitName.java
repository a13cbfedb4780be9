package fixbank.server.units;

import fixbank.indexer.schema.ArticleDocuments;
import fixbank.indexer.schema.ArticleFields;
import fixbank.server.validation.InvalidRequestException;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The unit a caller says they are on, as searches and suggestions take it ({@code unit}), matched against the
 * units articles name in any letter case. A name no article and no {@code units.yaml} knows is not a mistake:
 * it finds the articles that apply on every unit, as a unit without articles of its own should.
 */
public record UnitName(String name) {

    /** Longer than any unit's name; the limit keeps a request from carrying a book as its unit. */
    public static final int MAX_LENGTH = 200;

    /** The unit a caller gave, stripped; none when it is missing or blank. */
    public static Optional<UnitName> parse(String given) {
        String name = given == null ? "" : given.strip();
        if (name.length() > MAX_LENGTH) {
            throw new InvalidRequestException("unit", "unit is longer than " + MAX_LENGTH + " characters");
        }
        return name.isEmpty() ? Optional.empty() : Optional.of(new UnitName(name));
    }

    /** The articles that name this unit. */
    public Query named() {
        return new TermQuery(new Term(ArticleFields.UNIT_KEYS, ArticleDocuments.unitKey(name)));
    }

    /** The articles that name this unit, and those that name none, which apply on every unit. */
    public Query appliesOn() {
        Query namesNone = new BooleanQuery.Builder()
                .add(new MatchAllDocsQuery(), Occur.FILTER)
                .add(new FieldExistsQuery(ArticleFields.UNIT_KEYS), Occur.MUST_NOT)
                .build();
        return new BooleanQuery.Builder()
                .add(named(), Occur.SHOULD)
                .add(namesNone, Occur.SHOULD)
                .build();
    }
}
