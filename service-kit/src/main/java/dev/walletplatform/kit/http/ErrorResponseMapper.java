package dev.walletplatform.kit.http;

import dev.walletplatform.domain.error.InvalidInputException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place an error becomes a response: input errors, {@link ApiException}s, Jersey's routing
 * errors (404/405/406/415) and anything unexpected (500, logged with an error id the client can
 * quote) all come out as {@link ErrorBody}, never cached. Mapped from {@link Throwable} so nothing
 * escapes as Jetty's HTML page; the kit switches Dropwizard's default mappers off so this is the
 * only one.
 */
public final class ErrorResponseMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorResponseMapper.class);

  private final InputErrorStatus inputStatus;

  public ErrorResponseMapper(InputErrorStatus inputStatus) {
    this.inputStatus = inputStatus;
  }

  @Override
  public Response toResponse(Throwable error) {
    return switch (error) {
      case InvalidInputException input -> input(input);
      case ApiException refusal -> refusal(refusal);
      case WebApplicationException jersey when jersey.getResponse().getStatus() < 500 ->
          jersey(jersey);
      default -> unexpected(error);
    };
  }

  private Response input(InvalidInputException input) {
    Map<String, Object> details = new LinkedHashMap<>();
    if (input.field() != null) {
      details.put("field", input.field());
    }
    return json(
            inputStatus.of(input.code()),
            input.code().name(),
            Objects.requireNonNullElse(input.getMessage(), input.code().name()),
            details)
        .build();
  }

  private static Response refusal(ApiException refusal) {
    if (refusal.code() == HttpErrorCode.INTERNAL_ERROR) {
      return unexpected(refusal);
    }
    Response.ResponseBuilder response =
        json(
            refusal.status(),
            refusal.code().name(),
            Objects.requireNonNullElse(refusal.getMessage(), refusal.code().description()),
            refusal.details());
    refusal
        .retryAfterSeconds()
        .ifPresent(seconds -> response.header(HttpHeaders.RETRY_AFTER, seconds));
    if (refusal.status() >= 500) {
      // the cause (the I/O error, the pool's state) says whether a dependency is down or we are
      // starved
      LOG.warn(
          "answering {}: {}{}{}",
          refusal.code().name(),
          refusal.getMessage(),
          refusal.logDetail().isEmpty() ? "" : " (" + refusal.logDetail() + ")",
          causes(refusal));
    }
    if (refusal instanceof UnauthenticatedException unauthenticated) {
      response.header(HttpHeaders.WWW_AUTHENTICATE, unauthenticated.challenge());
    }
    return response.build();
  }

  /** The cause and the innermost cause when they say more than the message already does. */
  @SuppressWarnings("ReferenceEquality") // walking a cause chain: identity is what ends it
  private static String causes(Throwable error) {
    Throwable cause = error.getCause();
    if (cause == null) {
      return "";
    }
    Throwable root = cause;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return ": " + cause + (root == cause ? "" : " (root cause: " + root + ")");
  }

  private static Response jersey(WebApplicationException jersey) {
    int status = jersey.getResponse().getStatus();
    HttpErrorCode code = HttpErrorCode.forStatus(status);
    Map<String, Object> details = new LinkedHashMap<>();
    String allow = jersey.getResponse().getHeaderString(HttpHeaders.ALLOW);
    if (allow != null) {
      details.put("allowed_methods", allow);
    }
    Response.ResponseBuilder response = json(status, code.name(), code.description(), details);
    if (allow != null) {
      response.header(HttpHeaders.ALLOW, allow);
    }
    return response.build();
  }

  private static Response unexpected(Throwable error) {
    String errorId = UUID.randomUUID().toString();
    LOG.error("unexpected error, error_id={}", errorId, error);
    return json(
            500,
            HttpErrorCode.INTERNAL_ERROR.name(),
            "unexpected error; quote error_id " + errorId + " when reporting it",
            Map.of("error_id", errorId))
        .build();
  }

  // The type is explicit so the error renders as JSON even when the Accept header was the problem.
  private static Response.ResponseBuilder json(
      int status, String code, String message, Map<String, Object> details) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .entity(new ErrorBody(code, message, details));
  }
}
