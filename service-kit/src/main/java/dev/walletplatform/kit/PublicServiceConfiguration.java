package dev.walletplatform.kit;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.walletplatform.kit.config.TransportPolicy;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.server.ServerFactory;
import io.dropwizard.validation.ValidationMethod;

/**
 * The configuration root of a service mobile clients call: its {@code server} section is checked as
 * it is bound (HTTPS only, TLS 1.2+, AEAD suites, admin apart), so a config that would serve money
 * over plain HTTP fails the start — and deploy-checks, which bind the production configs — naming
 * the key. A YAML without a {@code server} section fails validation too: Dropwizard's default is
 * plain HTTP on 8080.
 */
public abstract class PublicServiceConfiguration extends Configuration
    implements ServiceKitConfiguration {
  @Override
  @JsonProperty("server")
  public void setServerFactory(ServerFactory factory) {
    TransportPolicy.requirePublicHttps(factory);
    super.setServerFactory(factory);
  }

  @JsonIgnore
  @ValidationMethod(
      message =
          "server must have https application connectors (TLSv1.3/TLSv1.2, AEAD cipher"
              + " suites) and admin connectors of their own")
  public boolean isServerPublicHttps() {
    try {
      TransportPolicy.requirePublicHttps(getServerFactory());
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
