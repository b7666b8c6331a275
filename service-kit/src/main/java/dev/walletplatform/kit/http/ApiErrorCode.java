package dev.walletplatform.kit.http;

import com.google.errorprone.annotations.Immutable;

/**
 * A machine-readable error code of the public contract: its name is what clients switch on, so
 * codes are added, never renamed. The kit's {@link HttpErrorCode} holds the codes every service
 * answers; each service adds an enum of its own codes implementing this interface, each constant
 * carrying its {@link Spec}.
 */
public interface ApiErrorCode {
  /** The code as clients see it, e.g. {@code KAFKA_UNAVAILABLE}. */
  String name();

  /** The status and description this code is documented with. */
  Spec spec();

  /** The HTTP status this code is answered with. */
  default int status() {
    return spec().status();
  }

  /** One sentence for the README and openapi.yaml. */
  default String description() {
    return spec().description();
  }

  /** What a code means: the status it is answered with and the sentence that documents it. */
  @Immutable
  record Spec(int status, String description) {
    public Spec {
      if (status < 400 || status > 599) {
        throw new IllegalArgumentException(
            "an error code answers a 4xx or 5xx status, not " + status);
      }
    }
  }
}
