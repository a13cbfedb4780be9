package fixbank.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fixbank.server.feedback.FeedbackReceipt;
import fixbank.server.feedback.FeedbackRequest;
import fixbank.server.feedback.FeedbackService;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * "Did this solve your problem?": {@code POST /api/feedback}, open to anonymous readers. Answers once the
 * vote is stored: 201 for a new vote, 200 when it replaced the same reader's earlier one. An article the
 * caller may not see is the same 404 as an unknown one.
 */
final class FeedbackRoutes implements RouteGroup {

    private final Optional<FeedbackService> feedback;
    private final ObjectMapper json;
    private final ClientAddress clients;

    FeedbackRoutes(Optional<FeedbackService> feedback, ObjectMapper json, ClientAddress clients) {
        this.feedback = feedback;
        this.json = json;
        this.clients = clients;
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.post("/api/feedback", this::give, Access.ANYONE);
    }

    private void give(Context ctx) throws IOException {
        FeedbackService service = feedback.orElseThrow(RecordingOff::new);
        JsonNode body = JsonBody.read(json, ctx);
        FeedbackRequest request = new FeedbackRequest(
                JsonBody.text(body, "articleId"),
                JsonBody.requiredBoolean(body, "helpful"),
                FeedbackRequest.reason(JsonBody.text(body, "reason")),
                JsonBody.text(body, "comment"),
                Optional.of(JsonBody.text(body, "version")).filter(version -> !version.isEmpty()),
                JsonBody.clientId(body, "journey"),
                JsonBody.clientId(body, "search"));
        FeedbackReceipt receipt = service.give(
                        request, Authentication.caller(ctx), JsonBody.clientId(body, "session"), clients.of(ctx))
                .orElseThrow(() -> new NotFoundResponse(
                        "no article with id '" + ArticleRoutes.shorten(request.articleId()) + "'"));
        ctx.status(receipt.replaced() ? 200 : 201).json(receipt);
    }
}
