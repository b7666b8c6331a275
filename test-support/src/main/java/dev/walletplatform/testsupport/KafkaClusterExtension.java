package dev.walletplatform.testsupport;

import dev.walletplatform.infra.kafka.KafkaCluster;
import dev.walletplatform.infra.kafka.KafkaClusterConfig;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One single-node Kafka cluster per test JVM, started when the first test class that uses it runs
 * and closed when the JVM's tests are done (JUnit closes AutoCloseable values of the root store).
 * Every class shares it, so tests use their own topic names and consumer groups.
 *
 * <pre>{@code
 * @ExtendWith(KafkaClusterExtension.class)
 * class LedgerApplierIT {
 *   @Test
 *   void appliesTransfer(KafkaCluster kafka) { ... kafka.bootstrapServers() ... }
 * }
 *
 * class GatewayIT {
 *   @RegisterExtension static final KafkaClusterExtension KAFKA = new KafkaClusterExtension();
 *   ... KAFKA.cluster().bootstrapServers() ...
 * }
 * }</pre>
 */
public final class KafkaClusterExtension implements BeforeAllCallback, ParameterResolver {
  private static final Namespace NAMESPACE = Namespace.create(KafkaClusterExtension.class);

  private volatile KafkaCluster cluster;

  /** The shared cluster, started on first use; for other extensions and static helpers. */
  public static KafkaCluster cluster(ExtensionContext context) {
    // a failed start is memoized by the store: later classes fail fast with the same message
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            KafkaCluster.class,
            type -> new KafkaCluster(KafkaClusterConfig.defaults()).start(),
            KafkaCluster.class);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    cluster = cluster(context);
  }

  /** For a static {@code @RegisterExtension} field, from {@code @BeforeAll} on. */
  public KafkaCluster cluster() {
    KafkaCluster started = cluster;
    if (started == null) {
      throw new IllegalStateException(
          "KafkaClusterExtension has not run beforeAll yet: register it on a static field");
    }
    return started;
  }

  public String bootstrapServers() {
    return cluster().bootstrapServers();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == KafkaCluster.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return cluster(context);
  }
}
