package fixbank.server.suggest;

import fixbank.server.units.UnitName;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.Query;

/**
 * Prefers the articles written for the caller's unit: their score is multiplied by {@link #BOOST}. Modest on
 * purpose, and a factor rather than an addition so that it means the same for a two-word title as for a long
 * ticket: it puts a unit's own fix before a general one that matches about as well (Pharmacy's label printers
 * before the wards'), but does not lift a weak match over a clear one. Nothing is removed: articles for every
 * unit and for other units stay, and an article matches only if the ticket's words do. The confidence of a
 * preferred article is worked out from its lifted score, since being written for the unit is evidence too.
 */
final class UnitPreference {

    static final float BOOST = 1.2f;

    private UnitPreference() {}

    static Query preferring(Query ticket, UnitName unit) {
        return FunctionScoreQuery.boostByQuery(ticket, unit.named(), BOOST);
    }
}
