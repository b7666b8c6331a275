package dev.walletplatform.domain.error;

/**
 * Machine-readable codes for input the platform refuses. The names are part of the public HTTP
 * contract (the error tables of ingest-gateway's and wallet-service's READMEs and their {@code
 * openapi.yaml}): add codes, never rename them.
 */
public enum ErrorCode {
  MALFORMED_JSON("The body is not a single well-formed JSON object."),
  UNKNOWN_FIELD("The body has a field the endpoint does not define."),
  DUPLICATE_FIELD("The body names the same field twice."),
  MISSING_FIELD("A required field is absent or null."),
  WRONG_TYPE("A field has the wrong JSON type (amounts and ids are strings)."),
  FIELD_TOO_LONG("A string field exceeds its documented maximum length."),
  INVALID_AMOUNT("The amount is not a positive plain decimal string such as \"0.015\"."),
  AMOUNT_TOO_PRECISE("The amount has more decimal places than the asset defines."),
  AMOUNT_TOO_LARGE("The amount exceeds 38 digits in the asset's minor unit."),
  UNKNOWN_ASSET("The asset is not one the platform holds."),
  INVALID_WALLET_ID("A wallet id is not 3-64 characters of letters, digits, '-' or '_'."),
  INVALID_CAMPAIGN_ID("A campaign id is not 3-64 characters of letters, digits, '-' or '_'."),
  INVALID_DESTINATION(
      "The withdrawal destination is not 10-128 printable characters without spaces."),
  SAME_WALLET("A transfer's source and destination are the same wallet."),
  MISSING_IDEMPOTENCY_KEY("The Idempotency-Key header is required on every command."),
  INVALID_IDEMPOTENCY_KEY(
      "The Idempotency-Key is not 8-128 printable ASCII characters without spaces."),
  IDEMPOTENCY_KEY_REUSED("The Idempotency-Key was already used with a different request body."),
  INVALID_DEVICE_ID(
      "The X-Device-Id header is not 1-64 characters of letters, digits, '.', '_', ':' or '-', or was sent twice."),
  INVALID_COMMAND_ID("A command id is not a UUID."),
  INVALID_CURSOR("A pagination cursor was not issued by this service."),
  INVALID_LIMIT("A page limit is outside 1..200.");

  private final String description;

  ErrorCode(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
