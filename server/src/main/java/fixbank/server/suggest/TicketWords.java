package fixbank.server.suggest;

import fixbank.indexer.schema.ArticleFields;
import fixbank.server.search.AnalyzedTerms;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;

/**
 * The telling words of a ticket's text, stemmed as the index stems them, in order: what the text says about
 * the problem, without small talk, function words or numbers. What is learned from a ticket that an
 * article solved.
 */
public final class TicketWords {

    private TicketWords() {}

    public static List<String> of(Analyzer analyzer, String text) {
        return AnalyzedTerms.split(analyzer, ArticleFields.BODY, text).words().stream()
                .filter(word -> word.length() >= 2 && word.chars().allMatch(Character::isLetter))
                .filter(word -> !ChatterWords.isSmallTalk(word) && !ChatterWords.isFunctionWord(word))
                .toList();
    }
}
