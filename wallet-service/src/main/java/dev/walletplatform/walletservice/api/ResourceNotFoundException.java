package dev.walletplatform.walletservice.api;

import dev.walletplatform.walletservice.WalletServiceException;

/** A well-formed id that names nothing this service shows: 404 with a specific code. */
public final class ResourceNotFoundException extends WalletServiceException {
  private static final long serialVersionUID = 1L;

  private final ServiceErrorCode code;

  public ResourceNotFoundException(ServiceErrorCode code, String message) {
    super(message);
    this.code = code;
  }

  public ServiceErrorCode code() {
    return code;
  }
}
