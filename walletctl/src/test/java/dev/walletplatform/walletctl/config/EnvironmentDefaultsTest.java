package dev.walletplatform.walletctl.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class EnvironmentDefaultsTest {
  @Command(name = "probe")
  static final class Probe implements Runnable {
    @Mixin ClusterOptions cluster;

    @Mixin RegistryOptions registry;

    @Mixin AuditOptions audit;

    @Override
    public void run() {}
  }

  private static Probe parse(Map<String, String> environment, String... args) {
    Probe probe = new Probe();
    CommandLine cli = new CommandLine(probe);
    cli.setDefaultValueProvider(new EnvironmentDefaults(new Environment(environment)));
    cli.parseArgs(args);
    return probe;
  }

  @Test
  void takesConnectionSettingsFromTheEnvironmentTheServicesUse() {
    Probe probe =
        parse(
            Map.of(
                "KAFKA_BOOTSTRAP_SERVERS",
                "kafka-1:9092",
                "SCHEMA_REGISTRY_URL",
                "http://registry:8085",
                "WALLETCTL_OPERATOR",
                "alice"));

    assertThat(probe.cluster.bootstrapServers()).isEqualTo("kafka-1:9092");
    assertThat(probe.registry.url()).hasToString("http://registry:8085");
    assertThat(probe.audit.operator()).isEqualTo("alice");
  }

  @Test
  void letsTheCommandLineWinOverTheEnvironment() {
    Probe probe =
        parse(
            Map.of("KAFKA_BOOTSTRAP_SERVERS", "kafka-1:9092"),
            "--bootstrap-servers",
            "other:9092",
            "--operator",
            "bob");

    assertThat(probe.cluster.bootstrapServers()).isEqualTo("other:9092");
    assertThat(probe.audit.operator()).isEqualTo("bob");
  }

  @Test
  void fallsBackToLocalDefaultsAndTheOsUser() {
    Probe probe = parse(Map.of());

    assertThat(probe.cluster.bootstrapServers()).isEqualTo("localhost:9092");
    assertThat(probe.registry.url()).hasToString("http://localhost:8085");
    assertThat(probe.audit.operator()).isEqualTo(System.getProperty("user.name"));
  }
}
