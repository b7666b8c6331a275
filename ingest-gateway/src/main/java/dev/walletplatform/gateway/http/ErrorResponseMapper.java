package dev.walletplatform.gateway.http;

import dev.walletplatform.domain.error.InvalidInputException;
import dev.walletplatform.gateway.auth.UnauthenticatedException;
import dev.walletplatform.gateway.error.GatewayErrorCode;
import dev.walletplatform.gateway.error.GatewayException;
import dev.walletplatform.gateway.error.RetryLaterException;
import dev.walletplatform.gateway.error.UnavailableException;
import dev.walletplatform.gateway.http.model.ErrorResponse;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place an error becomes a response: input errors, the gateway's own refusals, Jersey's
 * routing errors (404/405/406/415) and anything unexpected (500, logged with an error id the client
 * can quote) all come out as {@link ErrorResponse}. Dropwizard's default mappers are switched off so
 * none of them answers in another shape.
 */
@Provider
public final class ErrorResponseMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorResponseMapper.class);

  @Override
  public Response toResponse(Throwable error) {
    return switch (error) {
      case InvalidInputException input -> input(input);
      case GatewayException refusal -> refusal(refusal);
      case WebApplicationException jersey -> jersey(jersey);
      default -> unexpected(error);
    };
  }

  private static Response input(InvalidInputException input) {
    Map<String, Object> details = new LinkedHashMap<>();
    if (input.field() != null) {
      details.put("field", input.field());
    }
    return json(InputErrorStatus.of(input.code()), input.code().name(), input.getMessage(), details).build();
  }

  private static Response refusal(GatewayException refusal) {
    if (refusal.code() == GatewayErrorCode.INTERNAL_ERROR) {
      return unexpected(refusal);
    }
    Response.ResponseBuilder response =
        json(refusal.status(), refusal.code().name(), refusal.getMessage(), refusal.details());
    if (refusal instanceof RetryLaterException later) {
      response.header(HttpHeaders.RETRY_AFTER, later.retryAfterSeconds());
      if (later instanceof UnavailableException && later.getCause() != null) {
        LOG.warn("answering {}: {}: {}{}", refusal.code(), refusal.getMessage(), later.getCause(),
            rootCause(later.getCause()));
      }
    } else if (refusal instanceof UnauthenticatedException) {
      response.header(HttpHeaders.WWW_AUTHENTICATE, UnauthenticatedException.CHALLENGE);
    }
    return response.build();
  }

  /** The innermost cause when it says more than the message already does (e.g. the I/O error). */
  private static String rootCause(Throwable cause) {
    Throwable root = cause;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root == cause ? "" : " (root cause: " + root + ")";
  }

  private static Response jersey(WebApplicationException jersey) {
    int status = jersey.getResponse().getStatus();
    if (status >= 500) {
      return unexpected(jersey);
    }
    GatewayErrorCode code = GatewayErrorCode.forStatus(status);
    Map<String, Object> details = new LinkedHashMap<>();
    Response.ResponseBuilder response = json(status, code.name(), code.description(), details);
    String allow = jersey.getResponse().getHeaderString(HttpHeaders.ALLOW);
    if (allow != null) {
      details.put("allowed_methods", allow);
      response.header(HttpHeaders.ALLOW, allow);
    }
    return response.entity(new ErrorResponse(code.name(), code.description(), details)).build();
  }

  private static Response unexpected(Throwable error) {
    String errorId = String.format("%016x", ThreadLocalRandom.current().nextLong());
    LOG.error("unexpected error, error_id={}", errorId, error);
    return json(
            500,
            GatewayErrorCode.INTERNAL_ERROR.name(),
            "unexpected error; quote error_id " + errorId + " when reporting it",
            Map.of("error_id", errorId))
        .build();
  }

  private static Response.ResponseBuilder json(int status, String code, String message, Map<String, Object> details) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .entity(new ErrorResponse(code, message, details));
  }
}
