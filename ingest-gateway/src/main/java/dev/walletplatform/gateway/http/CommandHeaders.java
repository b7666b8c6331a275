package dev.walletplatform.gateway.http;

import dev.walletplatform.domain.error.ErrorCode;
import dev.walletplatform.domain.error.InvalidInputException;
import dev.walletplatform.domain.id.DeviceId;
import dev.walletplatform.domain.id.IdempotencyKey;
import dev.walletplatform.kit.http.ApiException;
import dev.walletplatform.kit.http.HttpErrorCode;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The headers every command needs checked before its body is read. */
public final class CommandHeaders {
  private CommandHeaders() {}

  /**
   * JAX-RS matches {@code @Consumes} only when a Content-Type is sent; a missing one, or JSON in a
   * charset other than UTF-8 (RFC 8259), is refused here.
   */
  public static void requireJson(MediaType type) {
    boolean json =
        type != null
            && type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
            && !type.isWildcardSubtype();
    String charset = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
    if (!json || (charset != null && !StandardCharsets.UTF_8.name().equalsIgnoreCase(charset))) {
      throw new ApiException(
          HttpErrorCode.UNSUPPORTED_MEDIA_TYPE,
          "send the body as application/json (UTF-8), was: "
              + (type == null ? "no Content-Type" : abbreviate(type)),
          Map.of("supported", MediaType.APPLICATION_JSON));
    }
  }

  /** The one Idempotency-Key the request carries. */
  public static IdempotencyKey idempotencyKey(List<String> values) {
    if (values != null && values.size() > 1) {
      throw new InvalidInputException(
          ErrorCode.INVALID_IDEMPOTENCY_KEY,
          IdempotencyKey.HEADER,
          IdempotencyKey.HEADER + " must be sent once");
    }
    return IdempotencyKey.parse(values == null || values.isEmpty() ? null : values.get(0));
  }

  /** The X-Device-Id the client named, if any. */
  public static Optional<DeviceId> device(List<String> values) {
    return DeviceId.parseHeader(values);
  }

  private static String abbreviate(MediaType type) {
    String text = type.toString();
    return text.length() <= 64 ? text : text.substring(0, 64) + "…";
  }
}
