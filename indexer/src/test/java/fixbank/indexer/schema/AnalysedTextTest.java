package fixbank.indexer.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fixbank.indexer.article.Article;
import fixbank.indexer.article.ArticleParser;
import fixbank.indexer.article.InvalidArticleException;
import fixbank.indexer.article.Section;
import fixbank.indexer.article.TextRange;
import fixbank.indexer.build.SharedCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/**
 * The body is analysed once and its sections' fields take their tokens from it: each must get exactly the tokens
 * its own text would have given.
 */
class AnalysedTextTest {

    private static final Analyzer ANALYZER = ArticleFields.analyzer();

    private final ArticleParser parser = new ArticleParser();

    /** A token as the index takes it; {@code increment} is -1 for a field's first token, where it does not count. */
    private record Token(String term, int increment, int start, int end) {}

    @Test
    void everySectionOfTheBundledArticlesGetsTheTokensOfItsOwnText() throws IOException {
        int sections = compareSections(SharedCorpus.bundledArticles());
        assertTrue(sections >= 20, "the bundled articles have sections: " + sections);
    }

    @Test
    void everySectionOfTheOfficeCorpusGetsTheTokensOfItsOwnText() throws IOException {
        int sections = compareSections(SharedCorpus.officeSupport());
        assertTrue(sections >= 1_000, "the corpus has sections: " + sections);
    }

    @Test
    void aSectionInPartsGetsEachPartsTokensAndTheBodyKeepsItsOwn() throws Exception {
        Article article = parser.parse("t.md", """
                ---
                title: T
                ---
                ## Symptoms
                The scanner beeps at the 0x80070005 error.
                ## Resolution
                Plug the cradle in.
                ## Background
                The cradle's cable is short.
                ## Workaround
                Use the other scanner.
                """);
        AnalysedText text = AnalysedText.of(ANALYZER, ArticleFields.BODY, article.text());

        assertEquals(
                List.of("plug", "cradl", "us", "other", "scanner"),
                tokens(text.within(article.sections().get(Section.RESOLUTION))).stream()
                        .map(Token::term)
                        .toList());
        assertEquals(tokens(ANALYZER.tokenStream(ArticleFields.BODY, article.text())), tokens(text.all()));
        assertEquals(
                tokens(ANALYZER.tokenStream(
                                ArticleFields.SYMPTOMS,
                                article.section(Section.SYMPTOMS).orElseThrow()))
                        .stream()
                        .map(Token::term)
                        .toList(),
                tokens(text.within(article.sections().get(Section.SYMPTOMS))).stream()
                        .map(Token::term)
                        .toList());
    }

    /**
     * Compares every part of every section of every article under {@code folder} with its text analysed alone
     * (where a section comes in parts, its field takes them one after the other); returns how many sections there
     * were.
     */
    private int compareSections(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        int sections = 0;
        for (Path file : files) {
            Article article;
            try {
                article = parser.parse(folder.relativize(file).toString(), Files.readAllBytes(file));
            } catch (InvalidArticleException e) {
                continue;
            }
            AnalysedText text = AnalysedText.of(ANALYZER, ArticleFields.BODY, article.text());
            for (Map.Entry<Section, List<TextRange>> section :
                    article.sections().entrySet()) {
                for (TextRange part : section.getValue()) {
                    assertEquals(
                            withoutOffsets(
                                    tokens(ANALYZER.tokenStream(ArticleFields.SYMPTOMS, part.of(article.text())))),
                            withoutOffsets(tokens(text.within(List.of(part)))),
                            file + " " + section.getKey());
                }
                sections++;
            }
        }
        return sections;
    }

    /** A section's own text starts at 0; the replayed tokens keep the body's offsets, which its field does not index. */
    private static List<Token> withoutOffsets(List<Token> tokens) {
        return tokens.stream()
                .map(t -> new Token(t.term(), t.increment(), 0, 0))
                .toList();
    }

    private static List<Token> tokens(TokenStream stream) throws IOException {
        List<Token> tokens = new ArrayList<>();
        try (stream) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(
                        term.toString(),
                        tokens.isEmpty() ? -1 : increment.getPositionIncrement(),
                        offset.startOffset(),
                        offset.endOffset()));
            }
            stream.end();
        }
        return tokens;
    }
}
