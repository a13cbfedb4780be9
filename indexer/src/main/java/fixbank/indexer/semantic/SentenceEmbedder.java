package fixbank.indexer.semantic;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Turns a short text into a vector whose direction stands for what the text means, so "can't get in" and
 * "sign-in fails" land close together though they share no word. The model, all-MiniLM-L6-v2 (quantized),
 * ships inside its jar and runs in this process on ONNX Runtime: nothing is downloaded and no text leaves
 * the machine. Vectors have unit length, so their dot product is their cosine.
 *
 * <p>Loading takes about a second and some 100 MB of native memory, so a process loads one ({@link #load}),
 * only when semantic re-ranking is switched on, shares it, and closes it when it shuts down. Thread-safe.
 */
public final class SentenceEmbedder implements AutoCloseable {

    public static final int DIMENSIONS = 384;

    private final QuietMiniLm model;

    private SentenceEmbedder(QuietMiniLm model) {
        this.model = model;
    }

    /**
     * Loads the model.
     *
     * @throws IllegalStateException when the model cannot run here, as on a platform ONNX Runtime ships no
     *     library for
     */
    public static SentenceEmbedder load() {
        try {
            return new SentenceEmbedder(new QuietMiniLm());
        } catch (LinkageError e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalStateException(
                    "the sentence-embedding model for semantic re-ranking cannot run on" + " this machine (" + cause
                            + ")",
                    e);
        }
    }

    public float[] embed(String text) {
        return model.embed(text.isBlank() ? "." : text).content().vector();
    }

    /** Frees the model's native memory; the embedder must not be used afterwards. */
    @Override
    public void close() {
        model.close();
    }

    /**
     * The same model and tokenizer as {@link AllMiniLmL6V2QuantizedEmbeddingModel}, in a session whose
     * threads sleep when idle. By default ONNX Runtime's threads spin between requests. On 2 cores, embedding
     * a filed ticket then cost 13 to 20 ms of CPU (median 6 to 10 ms) over four runs, and without spinning
     * a steady 12.5 to 13 ms (median 8 to 9 ms); with two clients the server's suggest median went from 30 to
     * 23 ms and its throughput from 55 to 71 a second.
     */
    private static final class QuietMiniLm extends AbstractInProcessEmbeddingModel {

        private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
        private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

        private final OrtSession session;
        private final OnnxBertBiEncoder encoder;

        QuietMiniLm() {
            // One text per call, so the texts of a call need no threads of their own.
            super(Runnable::run);
            try (InputStream model = resource(MODEL);
                    InputStream tokenizer = resource(TOKENIZER)) {
                OrtEnvironment environment = OrtEnvironment.getEnvironment();
                OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                options.addConfigEntry("session.intra_op.allow_spinning", "0");
                session = environment.createSession(model.readAllBytes(), options);
                encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (OrtException e) {
                throw new IllegalStateException(e);
            }
        }

        private static InputStream resource(String name) throws IOException {
            InputStream stream = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream(name);
            if (stream == null) {
                throw new IOException(name + " is missing from the model jar");
            }
            return stream;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return DIMENSIONS;
        }

        void close() {
            try {
                session.close();
            } catch (OrtException e) {
                throw new IllegalStateException("could not free the sentence-embedding model", e);
            }
        }
    }
}
