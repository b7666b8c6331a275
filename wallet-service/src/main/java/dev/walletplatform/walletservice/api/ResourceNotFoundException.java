package dev.walletplatform.walletservice.api;

import dev.walletplatform.kit.http.ApiException;

/** A well-formed id that names nothing this service shows: 404 with a specific code. */
final class ResourceNotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  public ResourceNotFoundException(WalletServiceErrorCode code, String message) {
    super(code, message);
  }
}
