package dev.walletplatform.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletplatform.kit.http.ApiException;
import dev.walletplatform.kit.http.HttpErrorCode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class BoundedBodyTest {
  private final BoundedBody body = new BoundedBody(16);

  @Test
  void readsABodyUpToTheLimit() {
    assertThat(body.read(new ByteArrayInputStream(new byte[16]))).hasSize(16);
  }

  @Test
  void refusesADeclaredLengthOverTheLimitBeforeReading() {
    assertThatThrownBy(() -> body.checkDeclaredLength(17))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.code()).isEqualTo(HttpErrorCode.PAYLOAD_TOO_LARGE);
              assertThat(e.details()).containsEntry("max_body_bytes", 16L);
            });
  }

  @Test
  void acceptsAnUndeclaredLength() {
    body.checkDeclaredLength(-1);
  }

  /** A chunked body has no Content-Length: reading stops one byte past the limit. */
  @Test
  void stopsReadingAnEndlessBodyOneBytePastTheLimit() {
    CountingEndlessStream endless = new CountingEndlessStream();

    assertThatThrownBy(() -> body.read(endless))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> assertThat(e.code()).isEqualTo(HttpErrorCode.PAYLOAD_TOO_LARGE));
    assertThat(endless.served).isEqualTo(17);
  }

  // byte by byte on purpose: the test counts how far the reader went before it stopped
  @SuppressWarnings("InputStreamSlowMultibyteRead")
  private static final class CountingEndlessStream extends InputStream {
    long served;

    @Override
    public int read() {
      served++;
      return 'x';
    }
  }
}
