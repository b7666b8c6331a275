package dev.walletplatform.walletservice.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code auth}: the clients that may call the read API with a bearer token. */
public record AuthConfig(@JsonProperty("clients") List<ClientCredential> clients) {
  public AuthConfig {
    if (clients == null || clients.isEmpty()) {
      throw new IllegalArgumentException("auth.clients must list at least one client, or nobody can read");
    }
    Set<String> ids = new HashSet<>();
    for (ClientCredential client : clients) {
      if (client == null) {
        throw new IllegalArgumentException("auth.clients has an empty entry");
      }
      if (!ids.add(client.clientId())) {
        throw new IllegalArgumentException("auth.clients lists clientId " + client.clientId() + " twice");
      }
    }
    clients = List.copyOf(clients);
  }
}
