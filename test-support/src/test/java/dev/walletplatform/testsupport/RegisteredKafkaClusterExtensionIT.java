package dev.walletplatform.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletplatform.infra.kafka.KafkaCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

// registered on a field, not also with @ExtendWith: two instances would compete for KafkaCluster
class RegisteredKafkaClusterExtensionIT {
  @RegisterExtension static final KafkaClusterExtension KAFKA = new KafkaClusterExtension();

  @Test
  void fieldAccessAndInjectionSeeTheSameClusterAsEveryOtherClass(KafkaCluster injected) {
    assertThat(KAFKA.cluster()).isSameAs(injected);
    assertThat(KAFKA.bootstrapServers()).isEqualTo(injected.bootstrapServers());
    assertThat(injected.isAlive(0)).isTrue();
  }
}
