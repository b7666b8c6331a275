package dev.walletplatform.deploychecks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletplatform.deploychecks.support.Kustomize;
import dev.walletplatform.deploychecks.support.PodEnvironment;
import dev.walletplatform.deploychecks.support.RenderedManifests;
import dev.walletplatform.deploychecks.support.RepoLayout;
import dev.walletplatform.deploychecks.support.Workload;
import dev.walletplatform.gateway.config.GatewayConfiguration;
import dev.walletplatform.processors.app.StreamProcessorsConfiguration;
import dev.walletplatform.walletservice.config.WalletServiceConfiguration;
import io.dropwizard.configuration.ConfigurationFactory;
import io.dropwizard.configuration.DefaultConfigurationFactoryFactory;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import io.dropwizard.jetty.HttpConnectorFactory;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.Volume;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.text.StringSubstitutor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each service's production config.yml (a ConfigMap) is read the way the service reads it at start:
 * Dropwizard's factory with unknown keys failing, strict placeholder substitution from the pod's
 * environment, and the service's own configuration classes and checks. A config that would stop the
 * pod at start fails here instead.
 */
class ProductionConfigBindsTest {

  record Service(String workload, Class<? extends Configuration> type) {
    @Override
    public String toString() {
      return workload;
    }
  }

  static Stream<Arguments> services() {
    return RepoLayout.overlays().stream()
        .flatMap(
            overlay ->
                Stream.of(
                    Arguments.of(
                        overlay.getFileName(),
                        new Service("ingest-gateway", GatewayConfiguration.class)),
                    Arguments.of(
                        overlay.getFileName(),
                        new Service("ledger-applier", StreamProcessorsConfiguration.class)),
                    Arguments.of(
                        overlay.getFileName(),
                        new Service("wallet-service", WalletServiceConfiguration.class))));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("services")
  void theProductionConfigStartsTheServiceOnThePortsThePodDeclares(Path region, Service service)
      throws Exception {
    RenderedManifests rendered =
        Kustomize.render(RepoLayout.k8s().resolve("overlays").resolve(region));
    Workload workload =
        Workload.in(rendered).stream()
            .filter(w -> w.name().equals(service.workload()))
            .findFirst()
            .orElseThrow();
    Container container = workload.containers().get(0);
    String yaml =
        rendered.get("ConfigMap", configMapName(workload)).path("data").path("config.yml").asText();

    Configuration config = bind(service.type(), yaml, PodEnvironment.of(rendered, container));

    DefaultServerFactory server = (DefaultServerFactory) config.getServerFactory();
    HttpConnectorFactory admin = (HttpConnectorFactory) server.getAdminConnectors().get(0);
    assertThat(admin.getPort()).as("admin port of %s", service).isEqualTo(port(container, "admin"));
    // kubelet probes and Prometheus come to the pod's IP, not to loopback
    assertThat(admin.getBindHost()).as("admin bind host of %s", service).isIn(null, "0.0.0.0");
    if (container.getPorts().stream().anyMatch(p -> "https".equals(p.getName()))) {
      HttpConnectorFactory app = (HttpConnectorFactory) server.getApplicationConnectors().get(0);
      assertThat(app.getPort()).as("HTTPS port of %s", service).isEqualTo(port(container, "https"));
    } else if (container.getPorts().stream().anyMatch(p -> "status".equals(p.getName()))) {
      // the applier pods' command-status view: one in-cluster connector on the declared port
      assertThat(server.getApplicationConnectors()).as("connectors of %s", service).hasSize(1);
      HttpConnectorFactory status = (HttpConnectorFactory) server.getApplicationConnectors().get(0);
      assertThat(status.getPort())
          .as("status port of %s", service)
          .isEqualTo(port(container, "status"));
    } else {
      assertThat(server.getApplicationConnectors())
          .as("public connectors of %s", service)
          .isEmpty();
    }
  }

  private static <T extends Configuration> T bind(
      Class<T> type, String yaml, Map<String, String> env) throws Exception {
    ConfigurationFactory<T> factory =
        new DefaultConfigurationFactoryFactory<T>()
            .create(type, Validators.newValidator(), Jackson.newObjectMapper(), "dw");
    StringSubstitutor substitutor = new StringSubstitutor(env);
    // as the services' EnvironmentVariableSubstitutor(true): an unset variable fails the start
    substitutor.setEnableUndefinedVariableException(true);
    return factory.build(
        new SubstitutingSourceProvider(
            path -> new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), substitutor),
        "config.yml");
  }

  private static String configMapName(Workload workload) {
    return workload.pod().getVolumes().stream()
        .filter(v -> v.getName().equals("config"))
        .findFirst()
        .map(Volume::getConfigMap)
        .orElseThrow(() -> new AssertionError(workload + " mounts no config volume"))
        .getName();
  }

  private static int port(Container container, String name) {
    return container.getPorts().stream()
        .filter(p -> name.equals(p.getName()))
        .findFirst()
        .map(ContainerPort::getContainerPort)
        .orElseThrow(() -> new AssertionError(container.getName() + " has no port " + name));
  }
}
