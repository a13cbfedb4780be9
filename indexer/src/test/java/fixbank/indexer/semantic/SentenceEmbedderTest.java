package fixbank.indexer.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.apache.lucene.util.VectorUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SentenceEmbedderTest {

    private static SentenceEmbedder embedder;

    @BeforeAll
    static void load() {
        embedder = SentenceEmbedder.load();
    }

    @AfterAll
    static void close() {
        embedder.close();
    }

    @Test
    void vectorsHaveUnitLength() {
        float[] vector = embedder.embed("The label printer on ward 4 prints blank labels");
        assertEquals(SentenceEmbedder.DIMENSIONS, vector.length);
        assertEquals(1.0, Math.sqrt(VectorUtil.dotProduct(vector, vector)), 1e-3);
    }

    @Test
    void aParaphraseIsCloserThanAnotherProblemSharingItsWords() {
        float[] ticket = embedder.embed("I can't get in to my account");
        float[] signIn = embedder.embed("Sign-in fails");
        float[] other = embedder.embed("My account page shows the wrong name");
        assertTrue(
                VectorUtil.dotProduct(ticket, signIn) > VectorUtil.dotProduct(ticket, other),
                "sign-in " + VectorUtil.dotProduct(ticket, signIn) + ", other " + VectorUtil.dotProduct(ticket, other));
    }

    @Test
    void givesTheSameVectorsAsTheLibrarysOwnModel() {
        String text = "Outlook can't connect to Exchange after the password change";
        float[] library =
                new AllMiniLmL6V2QuantizedEmbeddingModel().embed(text).content().vector();
        assertEquals(1.0, VectorUtil.dotProduct(library, embedder.embed(text)), 1e-4);
    }

    @Test
    void blankTextStillHasAVector() {
        assertEquals(SentenceEmbedder.DIMENSIONS, embedder.embed("  ").length);
    }
}
