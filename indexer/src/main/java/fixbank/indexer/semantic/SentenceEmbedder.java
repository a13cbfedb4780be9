package fixbank.indexer.semantic;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * Turns a short text into a vector whose direction stands for what the text means, so "can't get in" and
 * "sign-in fails" land close together though they share no word. The model, all-MiniLM-L6-v2 (quantized),
 * ships inside its jar and runs in this process on ONNX Runtime: nothing is downloaded and no text leaves
 * the machine. Vectors have unit length, so their dot product is their cosine.
 *
 * <p>Loading takes about a second and some 100 MB of native memory, so the process shares one instance
 * ({@link #shared}), and only when semantic re-ranking is switched on. Thread-safe.
 */
public final class SentenceEmbedder {

    public static final int DIMENSIONS = 384;

    private final EmbeddingModel model;

    private SentenceEmbedder(EmbeddingModel model) {
        this.model = model;
    }

    /**
     * The process's embedder, loaded on first use.
     *
     * @throws IllegalStateException when the model cannot run here, as on a platform ONNX Runtime ships no
     *     library for
     */
    public static SentenceEmbedder shared() {
        try {
            return Holder.INSTANCE;
        } catch (LinkageError e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalStateException("the sentence-embedding model for semantic re-ranking cannot run on"
                    + " this machine (" + cause + ")", e);
        }
    }

    public float[] embed(String text) {
        return model.embed(text.isBlank() ? "." : text).content().vector();
    }

    private static final class Holder {
        static final SentenceEmbedder INSTANCE = new SentenceEmbedder(new AllMiniLmL6V2QuantizedEmbeddingModel());
    }
}
