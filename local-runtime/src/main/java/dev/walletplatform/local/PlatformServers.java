package dev.walletplatform.local;

import dev.walletplatform.infra.postgres.PostgresServer;
import dev.walletplatform.infra.tls.SelfSignedKeystore;
import java.net.URI;
import java.util.Objects;

/**
 * The shared servers the services connect to, and the credentials generated for this run: what a
 * {@link ServiceLaunches} needs to configure each service through its environment.
 *
 * @param database the ledger database's name on {@code postgres}
 */
public record PlatformServers(
    String kafkaBootstrapServers,
    URI schemaRegistry,
    PostgresServer postgres,
    String database,
    SelfSignedKeystore keystore,
    LocalCredentials credentials) {

  public PlatformServers {
    Objects.requireNonNull(kafkaBootstrapServers, "kafkaBootstrapServers");
    Objects.requireNonNull(schemaRegistry, "schemaRegistry");
    Objects.requireNonNull(postgres, "postgres");
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(keystore, "keystore");
    Objects.requireNonNull(credentials, "credentials");
  }
}
