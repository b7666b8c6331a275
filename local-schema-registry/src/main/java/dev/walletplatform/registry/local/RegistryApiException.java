package dev.walletplatform.registry.local;

/**
 * An answer other than 2xx, with the HTTP status and Confluent's {@code error_code}, so clients
 * written for Confluent's registry (and {@code HttpSchemaRegistryClient}) react the same way.
 */
final class RegistryApiException extends LocalRegistryException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final int errorCode;

  RegistryApiException(int status, int errorCode, String message) {
    super(message);
    this.status = status;
    this.errorCode = errorCode;
  }

  RegistryApiException(int status, int errorCode, String message, Throwable cause) {
    super(message, cause);
    this.status = status;
    this.errorCode = errorCode;
  }

  int status() {
    return status;
  }

  int errorCode() {
    return errorCode;
  }

  static RegistryApiException subjectNotFound(String subject) {
    return new RegistryApiException(404, 40401, "Subject '" + subject + "' not found.");
  }

  static RegistryApiException versionNotFound(String subject, int version) {
    return new RegistryApiException(
        404, 40402, "Version " + version + " not found for subject '" + subject + "'.");
  }

  static RegistryApiException schemaNotFound(String id) {
    return new RegistryApiException(404, 40403, "Schema " + id + " not found");
  }

  static RegistryApiException invalidSchema(String reason, Throwable cause) {
    return new RegistryApiException(422, 42201, "Invalid schema: " + reason, cause);
  }

  static RegistryApiException invalidVersion(String version) {
    return new RegistryApiException(
        422,
        42202,
        "The specified version '"
            + version
            + "' is not a valid version id. Allowed values are between [1, 2^31-1] and the string \"latest\"");
  }

  static RegistryApiException incompatible(String subject, int latestVersion, String details) {
    return new RegistryApiException(
        409,
        409,
        "Schema being registered is incompatible with an earlier schema for subject \""
            + subject
            + "\" (version "
            + latestVersion
            + ", compatibility BACKWARD), details: "
            + details);
  }

  static RegistryApiException storeError(String message, Throwable cause) {
    return new RegistryApiException(
        500, 50001, "Error in the backend data store: " + message, cause);
  }

  static RegistryApiException timeout(String message, Throwable cause) {
    return new RegistryApiException(500, 50002, "Operation timed out: " + message, cause);
  }
}
