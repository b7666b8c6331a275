package dev.walletplatform.registry.local;

import com.sun.net.httpserver.HttpServer;
import dev.walletplatform.schemas.Topics;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A schema registry speaking the Confluent REST subset the platform uses, on loopback, storing its
 * registrations in the compacted topic {@link Topics#SCHEMAS} of the given Kafka cluster: ids
 * survive restarts, and every instance on that cluster serves the same ids.
 *
 * <pre>{@code
 * try (LocalSchemaRegistry registry = LocalSchemaRegistry.start(kafka.bootstrapServers(), 0)) {
 *   SchemaRegistryClient client = new HttpSchemaRegistryClient(registry.uri(), Duration.ofSeconds(5));
 * }
 * }</pre>
 *
 * <p>Run one instance that registers; more instances may serve reads (see the README).
 */
public final class LocalSchemaRegistry implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LocalSchemaRegistry.class);
  private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(30);

  private final HttpServer server;
  private final ExecutorService handlers;
  private final SchemaLog log;
  private final URI uri;

  private LocalSchemaRegistry(HttpServer server, ExecutorService handlers, SchemaLog log) {
    this.server = server;
    this.handlers = handlers;
    this.log = log;
    InetSocketAddress address = server.getAddress();
    this.uri =
        URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort());
  }

  /**
   * Reads the whole store topic (creating it if missing), then serves on {@code port} (0 = any free
   * port).
   */
  public static LocalSchemaRegistry start(String bootstrapServers, int port) {
    SchemaStore store = new SchemaStore();
    KafkaSchemaLog log =
        KafkaSchemaLog.open(bootstrapServers, Topics.SCHEMAS, store, KAFKA_TIMEOUT);
    LocalSchemaRegistry registry = serve(store, log, port);
    LOG.info(
        "schema registry serving at {} from topic {} at {}",
        registry.uri,
        Topics.SCHEMAS,
        bootstrapServers);
    return registry;
  }

  /**
   * Serves {@code store} over HTTP, writing through {@code log}; closes the log if the port cannot
   * be bound.
   */
  static LocalSchemaRegistry serve(SchemaStore store, SchemaLog log, int port) {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    } catch (IOException e) {
      log.close();
      throw new LocalRegistryException(
          "cannot listen on loopback port " + port + ": " + e.getMessage(), e);
    }
    ExecutorService handlers = Executors.newVirtualThreadPerTaskExecutor();
    server.setExecutor(handlers);
    server.createContext(
        "/", new RegistryHttpHandler(new RegistryRoutes(store, new Registrar(store, log), log)));
    server.start();
    return new LocalSchemaRegistry(server, handlers, log);
  }

  /**
   * The base URI, e.g. {@code http://127.0.0.1:8081}, for {@code HttpSchemaRegistryClient} or
   * {@code schema.registry.url}.
   */
  public URI uri() {
    return uri;
  }

  /** Stops serving at once (in-flight requests are cut) and closes the Kafka clients. */
  @Override
  public void close() {
    server.stop(0);
    handlers.shutdownNow();
    log.close();
  }

  /**
   * {@code <bootstrap-servers> [port]}: serves until the process is stopped. Port defaults to 8081,
   * Confluent's.
   */
  public static void main(String[] args) throws InterruptedException {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: LocalSchemaRegistry <bootstrap-servers> [port, default 8081]");
      System.exit(2);
    }
    int port = args.length == 2 ? Integer.parseInt(args[1]) : 8081;
    LocalSchemaRegistry registry = start(args[0], port);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  registry.close();
                  stopped.countDown();
                },
                "schema-registry-shutdown"));
    System.out.println(
        "schema registry serving at " + registry.uri()); // the one line scripts wait for
    stopped.await();
  }
}
