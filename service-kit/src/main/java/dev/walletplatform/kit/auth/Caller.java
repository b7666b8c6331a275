package dev.walletplatform.kit.auth;

import java.security.Principal;
import java.util.Objects;
import java.util.Set;

/**
 * An authenticated mobile caller.
 *
 * @param subject the identity provider's user id ({@code sub})
 * @param clientId the app installation the token was issued to ({@code client_id}, else {@code
 *     azp}, else the subject): it scopes Idempotency-Keys, so two apps of one user never collide
 * @param wallets the wallets the caller owns ({@code wallets} claim): the only ones it may move
 *     money out of, claim into, or read
 */
public record Caller(String subject, String clientId, Set<String> wallets) implements Principal {
  public Caller {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(clientId, "clientId");
    wallets = Set.copyOf(wallets);
  }

  public boolean owns(String wallet) {
    return wallets.contains(wallet);
  }

  @Override
  public String getName() {
    return clientId;
  }
}
