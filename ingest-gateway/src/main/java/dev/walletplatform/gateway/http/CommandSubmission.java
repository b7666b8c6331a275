package dev.walletplatform.gateway.http;

import dev.walletplatform.domain.error.ErrorCode;
import dev.walletplatform.domain.error.InvalidInputException;
import dev.walletplatform.domain.id.DeviceId;
import dev.walletplatform.domain.id.IdempotencyKey;
import dev.walletplatform.gateway.auth.AuthenticatedClient;
import dev.walletplatform.gateway.auth.UnauthenticatedException;
import dev.walletplatform.gateway.command.GatewayCommand;
import dev.walletplatform.gateway.error.GatewayErrorCode;
import dev.walletplatform.gateway.error.GatewayException;
import dev.walletplatform.gateway.http.model.CommandAccepted;
import dev.walletplatform.gateway.intake.CommandIntake;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The steps every command endpoint shares, cheapest check first: media type, declared size,
 * Idempotency-Key, X-Device-Id (optional), bounded body read, strict JSON, endpoint validation, then the intake — so
 * nothing invalid is ever published.
 */
public final class CommandSubmission {
  private final BoundedBody bodies;
  private final CommandIntake intake;

  public CommandSubmission(long maxBodyBytes, CommandIntake intake) {
    this.bodies = new BoundedBody(maxBodyBytes);
    this.intake = intake;
  }

  Response accept(
      SecurityContext security,
      HttpHeaders headers,
      InputStream body,
      List<String> fields,
      Function<Map<String, String>, GatewayCommand> validate) {
    AuthenticatedClient client = client(security);
    requireJson(headers.getMediaType());
    bodies.checkDeclaredLength(headers.getLength());
    IdempotencyKey key = idempotencyKey(headers.getRequestHeader(IdempotencyKey.HEADER));
    Optional<DeviceId> device = DeviceId.parseHeader(headers.getRequestHeader(DeviceId.HEADER));
    Map<String, String> values = StrictJsonObject.parse(bodies.read(body), fields);
    GatewayCommand command = validate.apply(values);
    UUID commandId = intake.submit(client.clientId(), device, key, command);
    return Response.accepted(CommandAccepted.of(commandId)).type(MediaType.APPLICATION_JSON_TYPE).build();
  }

  private static AuthenticatedClient client(SecurityContext security) {
    if (security != null && security.getUserPrincipal() instanceof AuthenticatedClient client) {
      return client;
    }
    // Only reachable if the filter were not registered: refuse rather than publish anonymously.
    throw new UnauthenticatedException("no authenticated client");
  }

  /**
   * JAX-RS matches {@code @Consumes} only when a Content-Type is sent; a missing one, or JSON in a
   * charset other than UTF-8 (RFC 8259), is refused here.
   */
  private static void requireJson(MediaType type) {
    boolean json = type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardSubtype();
    String charset = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
    if (!json || (charset != null && !StandardCharsets.UTF_8.name().equalsIgnoreCase(charset))) {
      throw new GatewayException(
          GatewayErrorCode.UNSUPPORTED_MEDIA_TYPE,
          "send the body as application/json (UTF-8), was: " + (type == null ? "no Content-Type" : type),
          Map.of("supported", MediaType.APPLICATION_JSON));
    }
  }

  private static IdempotencyKey idempotencyKey(List<String> values) {
    if (values != null && values.size() > 1) {
      throw new InvalidInputException(
          ErrorCode.INVALID_IDEMPOTENCY_KEY, IdempotencyKey.HEADER, IdempotencyKey.HEADER + " must be sent once");
    }
    return IdempotencyKey.parse(values == null || values.isEmpty() ? null : values.get(0));
  }
}
