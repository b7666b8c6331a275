package dev.walletplatform.gateway.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;

/**
 * The clients allowed to call the gateway. A client may be listed more than once with different
 * token hashes, so tokens can be rotated without downtime.
 */
public record AuthSettings(@JsonProperty("clients") @NotEmpty List<@Valid ClientCredential> clients) {
  public AuthSettings {
    clients = clients == null ? List.of() : List.copyOf(clients);
  }
}
