package dev.walletplatform.kit.auth.apikey;

import java.security.Principal;
import java.util.Set;

/** An authenticated internal caller or operator and what its key allows. */
public record ApiKeyHolder(String name, Set<String> scopes) implements Principal {
  public ApiKeyHolder {
    scopes = Set.copyOf(scopes);
  }

  public boolean may(String scope) {
    return scopes.contains(scope);
  }

  @Override
  public String getName() {
    return name;
  }
}
