package fixbank.server.search;

import fixbank.indexer.schema.ArticleFields;
import fixbank.indexer.schema.Synonyms;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;

/**
 * Builds the analyzer for searches and suggestions: the index analyzer plus synonyms, from the file given or
 * else from the bundled {@code synonyms.txt}.
 */
public final class QueryAnalysis {

    private QueryAnalysis() {}

    /** @throws IllegalArgumentException when the file cannot be read as synonym rules */
    public static Analyzer analyzer(Optional<Path> synonymsFile) throws IOException {
        try (Reader rules = open(synonymsFile)) {
            return ArticleFields.queryAnalyzer(Synonyms.parse(rules));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    synonymsFile.map(Path::toString).orElse("bundled synonyms.txt") + ": " + e.getMessage(), e);
        }
    }

    private static Reader open(Optional<Path> file) throws IOException {
        if (file.isPresent()) {
            return Files.newBufferedReader(file.get(), StandardCharsets.UTF_8);
        }
        InputStream bundled = QueryAnalysis.class.getResourceAsStream("/fixbank/synonyms.txt");
        if (bundled == null) {
            throw new IllegalStateException("synonyms.txt is missing from the server jar");
        }
        return new InputStreamReader(bundled, StandardCharsets.UTF_8);
    }
}
