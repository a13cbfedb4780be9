package fixbank.indexer.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** The synonym file: its rules, and the plurals a rule's words also match. */
class SynonymsTest {

    private static List<String> terms(String rules, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (Analyzer analyzer = new FixbankAnalyzer(Optional.of(Synonyms.parse(new StringReader(rules))));
                TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    @Test
    void aRuleMatchesThePluralOfItsWords() throws IOException {
        assertTrue(terms("pager, bleep", "bleeps").contains("pager"));
        assertTrue(terms("badge, id card", "id cards").contains("badg"));
        assertTrue(terms("battery => battery, cell", "batteries").contains("cell"));
    }

    @Test
    void aOneWayRuleAddsNothingForItsTargetsPlural() throws IOException {
        assertEquals(List.of("cell"), terms("battery => battery, cell", "cells"));
    }

    @Test
    void regularPluralsAreMadeOnlyWhereTheyAreSafe() {
        assertEquals(Optional.of("bleeps"), Synonyms.plural("bleep"));
        assertEquals(Optional.of("id badges"), Synonyms.plural("id badge"));
        assertEquals(Optional.of("batteries"), Synonyms.plural("battery"));
        assertEquals(Optional.of("displays"), Synonyms.plural("display"));
        assertEquals(Optional.empty(), Synonyms.plural("pass"), "may be plural already, or an -es plural");
        assertEquals(Optional.empty(), Synonyms.plural("box"));
        assertEquals(Optional.empty(), Synonyms.plural("2fa"));
    }

    @Test
    void anUnreadableRuleNamesItsLine() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> Synonyms.parse(new StringReader("# fine\nok, fine\n => x\n")));
        assertTrue(e.getMessage().contains("3"), e.getMessage());
    }
}
