package dev.walletplatform.testsupport;

import dev.walletplatform.infra.kafka.KafkaCluster;
import dev.walletplatform.registry.local.LocalSchemaRegistry;
import dev.walletplatform.schemas.registry.HttpSchemaRegistryClient;
import dev.walletplatform.schemas.registry.SchemaRegistryClient;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One {@link LocalSchemaRegistry} per test JVM, stored in the shared Kafka cluster of {@link
 * KafkaClusterExtension} (started here if no class started it yet) and closed with the JVM's tests.
 * Resolves {@link SchemaRegistryClient} (an {@link HttpSchemaRegistryClient}: real HTTP, as
 * services use it), {@link URI} (the registry's base URI, for {@code schema.registry.url}-style
 * config) and {@link LocalSchemaRegistry}; add {@link KafkaClusterExtension} for {@link
 * KafkaCluster} parameters. Ids are global across classes: assert on the ids you were given, not on
 * their values.
 *
 * <pre>{@code
 * @ExtendWith({KafkaClusterExtension.class, SchemaRegistryExtension.class})
 * class LedgerApplierIT {
 *   @Test
 *   void appliesTransfer(KafkaCluster kafka, SchemaRegistryClient registry) {
 *     var serializer = new AvroSerializer<WalletCommand>(registry); ...
 *   }
 * }
 * }</pre>
 */
public final class SchemaRegistryExtension implements BeforeAllCallback, ParameterResolver {
  private static final Namespace NAMESPACE = Namespace.create(SchemaRegistryExtension.class);
  private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(10);

  private final KafkaClusterExtension kafka = new KafkaClusterExtension();
  private volatile LocalSchemaRegistry registry;

  /** The shared registry, started on first use (with the shared Kafka cluster under it). */
  public static LocalSchemaRegistry registry(ExtensionContext context) {
    // the cluster first, outside this computation: the root store then closes the registry before
    // it
    KafkaCluster cluster = KafkaClusterExtension.cluster(context);
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            LocalSchemaRegistry.class,
            type -> LocalSchemaRegistry.start(cluster.bootstrapServers(), 0),
            LocalSchemaRegistry.class);
  }

  /** A client of the shared registry; one per JVM, so its id cache is shared too. */
  public static SchemaRegistryClient client(ExtensionContext context) {
    LocalSchemaRegistry started = registry(context);
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            SchemaRegistryClient.class,
            type -> new HttpSchemaRegistryClient(started.uri(), CLIENT_TIMEOUT),
            SchemaRegistryClient.class);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    kafka.beforeAll(context);
    registry = registry(context);
  }

  /** For a static {@code @RegisterExtension} field, from {@code @BeforeAll} on. */
  public LocalSchemaRegistry registry() {
    LocalSchemaRegistry started = registry;
    if (started == null) {
      throw new IllegalStateException(
          "SchemaRegistryExtension has not run beforeAll yet: register it on a static field");
    }
    return started;
  }

  public URI uri() {
    return registry().uri();
  }

  /**
   * The Kafka cluster the registry stores its schemas in: the one {@link KafkaClusterExtension}
   * shares.
   */
  public KafkaCluster cluster() {
    return kafka.cluster();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == SchemaRegistryClient.class
        || type == URI.class
        || type == LocalSchemaRegistry.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    if (type == SchemaRegistryClient.class) {
      return client(context);
    }
    return type == URI.class ? registry(context).uri() : registry(context);
  }
}
