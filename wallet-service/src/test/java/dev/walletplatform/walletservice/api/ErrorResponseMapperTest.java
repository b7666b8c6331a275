package dev.walletplatform.walletservice.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletplatform.domain.error.ErrorCode;
import dev.walletplatform.domain.error.InvalidInputException;
import dev.walletplatform.walletservice.auth.UnauthenticatedException;
import dev.walletplatform.walletservice.auth.WalletNotOwnedException;
import dev.walletplatform.walletservice.db.DatabaseUnavailableException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorResponseMapperTest {
  private final ErrorResponseMapper mapper = new ErrorResponseMapper();

  @Test
  void rendersInvalidInputAs400NamingTheField() {
    Response response = mapper.toResponse(new InvalidInputException(ErrorCode.INVALID_LIMIT, "limit", "bad"));
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(error(response)).isEqualTo(new ApiError("INVALID_LIMIT", "bad", Map.of("field", "limit")));
    assertThat(response.getMediaType()).isEqualTo(MediaType.APPLICATION_JSON_TYPE);
  }

  @Test
  void rendersAnUnavailableDatabaseAs503WithRetryAfterRoundedUp() {
    Response response =
        mapper.toResponse(new DatabaseUnavailableException("pool[total=0]", Duration.ofMillis(1500), null));
    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeaderString("Retry-After")).isEqualTo("2");
    assertThat(error(response).code()).isEqualTo("DATABASE_UNAVAILABLE");
    assertThat(error(response).details()).containsEntry("retry_after_seconds", 2L);
    assertThat(error(response).message()).doesNotContain("pool[");
  }

  @Test
  void rendersMissingCredentialsAs401WithABearerChallenge() {
    Response response = mapper.toResponse(new UnauthenticatedException("no token"));
    assertThat(response.getStatus()).isEqualTo(401);
    assertThat(response.getHeaderString("WWW-Authenticate")).startsWith("Bearer");
    assertThat(error(response).code()).isEqualTo("UNAUTHENTICATED");
  }

  @Test
  void rendersAWalletOfSomeoneElseAs403() {
    Response response = mapper.toResponse(new WalletNotOwnedException("not yours"));
    assertThat(response.getStatus()).isEqualTo(403);
    assertThat(error(response)).isEqualTo(new ApiError("WALLET_NOT_OWNED", "not yours", Map.of()));
  }

  @Test
  void rendersJerseysOwnErrorsInTheSameShape() {
    assertThat(error(mapper.toResponse(new NotFoundException())).code()).isEqualTo("NOT_FOUND");
    assertThat(error(mapper.toResponse(new NotAcceptableException())).code()).isEqualTo("NOT_ACCEPTABLE");
    Response notAllowed = mapper.toResponse(new NotAllowedException("GET"));
    assertThat(notAllowed.getStatus()).isEqualTo(405);
    assertThat(error(notAllowed).code()).isEqualTo("METHOD_NOT_ALLOWED");
    assertThat(notAllowed.getHeaderString("Allow")).contains("GET");
  }

  @Test
  void rendersBugsAs500WithAnErrorIdAndWithoutTheInternalMessage() {
    Response response = mapper.toResponse(new IllegalStateException("SELECT secret FROM internals"));
    assertThat(response.getStatus()).isEqualTo(500);
    ApiError error = error(response);
    assertThat(error.code()).isEqualTo("INTERNAL_ERROR");
    assertThat(error.message()).doesNotContain("secret");
    assertThat(error.details()).containsKey("error_id");
    assertThat(error.message()).contains((String) error.details().get("error_id"));
  }

  private static ApiError error(Response response) {
    return (ApiError) response.getEntity();
  }
}
