package dev.walletplatform.kit.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletplatform.domain.error.ErrorCode;
import dev.walletplatform.domain.error.InvalidInputException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorResponseMapperTest {
  private final ErrorResponseMapper mapper =
      new ErrorResponseMapper(InputErrorStatus.ALWAYS_BAD_REQUEST);

  @Test
  void rendersInvalidInputWithTheServicesStatusNamingTheField() {
    Response response =
        mapper.toResponse(new InvalidInputException(ErrorCode.INVALID_LIMIT, "limit", "bad"));
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(error(response))
        .isEqualTo(new ErrorBody("INVALID_LIMIT", "bad", Map.of("field", "limit")));
    assertThat(response.getMediaType()).isEqualTo(MediaType.APPLICATION_JSON_TYPE);
    assertThat(response.getHeaderString("Cache-Control")).isEqualTo("no-store");

    Response unprocessable =
        new ErrorResponseMapper(code -> 422)
            .toResponse(new InvalidInputException(ErrorCode.INVALID_AMOUNT, "amount", "negative"));
    assertThat(unprocessable.getStatus()).isEqualTo(422);
  }

  @Test
  void rendersARetryableRefusalAs503WithRetryAfterRoundedUpAndItsStateOnlyInTheLog() {
    ApiException unavailable =
        new ApiException(
            TestCode.DEPENDENCY_DOWN, "try later", Map.of(), Duration.ofMillis(1500), null) {
          private static final long serialVersionUID = 1L;

          @Override
          public String logDetail() {
            return "pool[total=0]";
          }
        };
    Response response = mapper.toResponse(unavailable);
    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeaderString("Retry-After")).isEqualTo("2");
    assertThat(error(response).code()).isEqualTo("DEPENDENCY_DOWN");
    assertThat(error(response).details()).containsEntry("retry_after_seconds", 2L);
    assertThat(error(response).message()).isEqualTo("try later").doesNotContain("pool[");
  }

  @Test
  void rendersMissingCredentialsAs401WithTheChallenge() {
    Response response =
        mapper.toResponse(new UnauthenticatedException("no token", "Bearer", "wallet-service"));
    assertThat(response.getStatus()).isEqualTo(401);
    assertThat(response.getHeaderString("WWW-Authenticate"))
        .isEqualTo("Bearer realm=\"wallet-service\"");
    assertThat(error(response).code()).isEqualTo("UNAUTHENTICATED");
  }

  @Test
  void rendersAWalletOfSomeoneElseAs403NamingTheFieldAndCuttingALongId() {
    Response response = mapper.toResponse(new WalletNotOwnedException("wallet", "x".repeat(500)));
    assertThat(response.getStatus()).isEqualTo(403);
    assertThat(error(response).code()).isEqualTo("WALLET_NOT_OWNED");
    assertThat(error(response).details()).isEqualTo(Map.of("field", "wallet"));
    assertThat(error(response).message()).hasSizeLessThan(150);
  }

  @Test
  void rendersJerseysOwnErrorsInTheSameShape() {
    assertThat(error(mapper.toResponse(new NotFoundException())).code()).isEqualTo("NOT_FOUND");
    assertThat(error(mapper.toResponse(new NotAcceptableException())).code())
        .isEqualTo("NOT_ACCEPTABLE");
    Response notAllowed = mapper.toResponse(new NotAllowedException("GET"));
    assertThat(notAllowed.getStatus()).isEqualTo(405);
    assertThat(error(notAllowed).code()).isEqualTo("METHOD_NOT_ALLOWED");
    assertThat(notAllowed.getHeaderString("Allow")).contains("GET");
    assertThat(error(notAllowed).details()).containsEntry("allowed_methods", "GET");
  }

  @Test
  void rendersBugsAs500WithAUuidErrorIdAndWithoutTheInternalMessage() {
    Response response =
        mapper.toResponse(new IllegalStateException("SELECT secret FROM internals"));
    assertThat(response.getStatus()).isEqualTo(500);
    ErrorBody error = error(response);
    assertThat(error.code()).isEqualTo("INTERNAL_ERROR");
    assertThat(error.message()).doesNotContain("secret");
    assertThat((String) error.details().get("error_id"))
        .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    assertThat(error.message()).contains((String) error.details().get("error_id"));
  }

  private static ErrorBody error(Response response) {
    return (ErrorBody) response.getEntity();
  }

  private enum TestCode implements ApiErrorCode {
    DEPENDENCY_DOWN;

    @Override
    public Spec spec() {
      return new Spec(503, "a dependency is down");
    }
  }
}
