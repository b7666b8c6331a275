package dev.walletplatform.gateway.auth;

import java.security.Principal;
import java.util.Objects;

/** The verified caller; its id goes into each command and scopes its Idempotency-Keys. */
public record AuthenticatedClient(String clientId) implements Principal {
  public AuthenticatedClient {
    Objects.requireNonNull(clientId, "clientId");
  }

  @Override
  public String getName() {
    return clientId;
  }
}
