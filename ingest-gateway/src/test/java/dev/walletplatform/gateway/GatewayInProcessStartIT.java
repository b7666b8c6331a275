package dev.walletplatform.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletplatform.infra.FreePorts;
import dev.walletplatform.infra.tls.SelfSignedKeystore;
import dev.walletplatform.kit.ServiceStartException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the local runtime hosts the gateway: {@code run("server", yml)} returns once it listens, the
 * host reads the bound port and stops it; a bad start throws instead of exiting the host's JVM. No
 * broker or registry is needed to start (both are only dialled by requests).
 */
class GatewayInProcessStartIT {
  @TempDir Path dir;

  @Test
  void startsInProcessTellsItsPortAndStops() throws Exception {
    SelfSignedKeystore keystore = SelfSignedKeystore.generate(dir);
    String nowhere = "127.0.0.1:" + FreePorts.allocate();
    Path yml =
        GatewayTestConfig.write(
            dir, nowhere, URI.create("http://" + nowhere), keystore, GatewayTestConfig.issuer(dir));
    GatewayApplication gateway = new GatewayApplication();

    gateway.run("server", yml.toString());
    try {
      GatewayHttpsClient client =
          new GatewayHttpsClient(keystore.clientSslContext(), gateway.ports().application());
      HttpResponse<String> openApi = client.send(client.request("/openapi.yaml").GET().build());
      assertThat(openApi.statusCode()).isEqualTo(200);
    } finally {
      gateway.stop();
    }
  }

  @Test
  void throwsInsteadOfExitingWhenItCannotStart() {
    assertThatThrownBy(
            () -> new GatewayApplication().run("server", dir.resolve("missing.yml").toString()))
        .isInstanceOf(ServiceStartException.class);
  }
}
