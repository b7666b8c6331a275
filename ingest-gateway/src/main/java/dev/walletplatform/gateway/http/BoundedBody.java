package dev.walletplatform.gateway.http;

import dev.walletplatform.kit.http.ApiException;
import dev.walletplatform.kit.http.HttpErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * Reads a request body of at most {@code maxBytes}: a declared Content-Length over the limit is
 * refused before reading, and a chunked body is cut off at the first byte past it, so a client can
 * never make the gateway hold more than the limit.
 */
final class BoundedBody {
  private final long maxBytes;

  BoundedBody(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** Refuses a body whose declared length is over the limit (-1: not declared). */
  void checkDeclaredLength(long declaredLength) {
    if (declaredLength > maxBytes) {
      throw tooLarge("declared Content-Length " + declaredLength);
    }
  }

  byte[] read(InputStream body) {
    if (body == null) {
      return new byte[0];
    }
    byte[] bytes;
    try {
      bytes = body.readNBytes((int) maxBytes + 1);
    } catch (IOException e) {
      throw new ApiException(
          HttpErrorCode.BAD_REQUEST,
          "the request body could not be read: " + e.getMessage(),
          Map.of(),
          null,
          e);
    }
    if (bytes.length > maxBytes) {
      throw tooLarge("body");
    }
    return bytes;
  }

  private ApiException tooLarge(String what) {
    return new ApiException(
        HttpErrorCode.PAYLOAD_TOO_LARGE,
        what + " exceeds the limit of " + maxBytes + " bytes",
        Map.of("max_body_bytes", maxBytes));
  }
}
