package fixbank.server.http;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The one error shape of the API: what went wrong, and the parameter at fault when there is one. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String error, String field) {

    public static ApiError of(String error) {
        return new ApiError(error, null);
    }
}
