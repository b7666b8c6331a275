package dev.walletplatform.kit.http;

/**
 * A machine-readable error code of the public contract: its name is what clients switch on, so codes
 * are added, never renamed. The kit's {@link HttpErrorCode} holds the codes every service answers;
 * each service adds an enum of its own codes implementing this interface.
 */
public interface ApiErrorCode {
  /** The code as clients see it, e.g. {@code KAFKA_UNAVAILABLE}. */
  String name();

  /** The HTTP status this code is answered with. */
  int status();

  /** One sentence for the README and openapi.yaml. */
  String description();
}
