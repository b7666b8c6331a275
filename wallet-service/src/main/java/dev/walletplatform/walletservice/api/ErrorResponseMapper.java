package dev.walletplatform.walletservice.api;

import dev.walletplatform.domain.error.InvalidInputException;
import dev.walletplatform.walletservice.auth.UnauthenticatedException;
import dev.walletplatform.walletservice.auth.WalletNotOwnedException;
import dev.walletplatform.walletservice.db.DatabaseUnavailableException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders every failure, ours and Jersey's (unknown path, wrong method, unacceptable Accept), as
 * one {@link ApiError}. Mapped from {@link Throwable} so nothing escapes as Jetty's HTML page; the
 * application turns Dropwizard's default mappers off so this is the only one.
 */
public final class ErrorResponseMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorResponseMapper.class);

  @Override
  public Response toResponse(Throwable failure) {
    return switch (failure) {
      case InvalidInputException e ->
          respond(400, e.code().name(), e.getMessage(), e.field() == null ? Map.of() : Map.of("field", e.field()));
      case UnauthenticatedException e ->
          respondWith(401, ServiceErrorCode.UNAUTHENTICATED, e.getMessage(), Map.of())
              .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"wallet-service\"")
              .build();
      case WalletNotOwnedException e -> respond(403, ServiceErrorCode.WALLET_NOT_OWNED.name(), e.getMessage(), Map.of());
      case ResourceNotFoundException e -> respond(e.code().status(), e.code().name(), e.getMessage(), Map.of());
      case DatabaseUnavailableException e -> unavailable(e);
      case WebApplicationException e when e.getResponse().getStatus() < 500 -> fromJersey(e);
      default -> internalError(failure);
    };
  }

  private static Response unavailable(DatabaseUnavailableException e) {
    long seconds = Math.max(1, (e.retryAfter().toMillis() + 999) / 1000); // whole seconds, rounded up
    // the pool state is in the message: the log line says whether the pool was starved or the database gone
    LOG.warn("answering 503: {}", e.getMessage());
    return respondWith(
            503,
            ServiceErrorCode.DATABASE_UNAVAILABLE,
            "the ledger database is not answering; retry after " + seconds + " s",
            Map.of("retry_after_seconds", seconds))
        .header(HttpHeaders.RETRY_AFTER, seconds)
        .build();
  }

  private static Response fromJersey(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    ServiceErrorCode code = ServiceErrorCode.forStatus(status);
    Response.ResponseBuilder builder = respondWith(status, code, code.description(), Map.of());
    String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
    if (allow != null) {
      builder.header(HttpHeaders.ALLOW, allow);
    }
    return builder.build();
  }

  private static Response internalError(Throwable failure) {
    String errorId = UUID.randomUUID().toString();
    LOG.error("answering 500, error_id={}", errorId, failure);
    return respond(
        500, ServiceErrorCode.INTERNAL_ERROR.name(), "internal error " + errorId, Map.of("error_id", errorId));
  }

  private static Response respond(int status, String code, String message, Map<String, Object> details) {
    return builder(status, code, message, details).build();
  }

  private static Response.ResponseBuilder respondWith(
      int status, ServiceErrorCode code, String message, Map<String, Object> details) {
    return builder(status, code.name(), message, details);
  }

  // The type is explicit so the error renders as JSON even when the Accept header was the problem.
  private static Response.ResponseBuilder builder(
      int status, String code, String message, Map<String, Object> details) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError(code, message, details));
  }
}
