package dev.walletplatform.infra.kafka;

import dev.walletplatform.infra.ServerStartException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.kafka.metadata.storage.Formatter;

/**
 * Formats a node's storage, what {@code kafka-storage.sh format} does. It calls Kafka's own {@link
 * Formatter} in this JVM rather than running {@code kafka.tools.StorageTool} in a child:
 * StorageTool's CLI needs argparse4j 0.7, and the Dropwizard BOM in the parent pom pins 0.9, whose
 * renamed classes make StorageTool fail with NoClassDefFoundError before it parses anything. The
 * Formatter is the code StorageTool delegates to, and in-process also saves a JVM start per node.
 */
final class KafkaStorageFormat {
  private KafkaStorageFormat() {}

  static void format(KafkaNode node, String clusterId) {
    try {
      Files.createDirectories(node.dataDir());
      // Formatter prints what it did; it belongs in the node's log, next to the broker's output
      try (PrintStream log =
          new PrintStream(
              new FileOutputStream(node.logFile().toFile(), true), true, StandardCharsets.UTF_8)) {
        new Formatter()
            .setPrintStream(log)
            .setNodeId(node.id())
            .setClusterId(clusterId)
            .setControllerListenerName("CONTROLLER")
            .setMetadataLogDirectory(node.dataDir().toString())
            .addDirectory(node.dataDir().toString())
            // controller.quorum.voters is set: a static quorum, as StorageTool decides
            .setHasDynamicQuorum(false)
            .run();
      }
    } catch (IOException e) {
      throw new ServerStartException(
          "could not format storage of " + node + " in " + node.dataDir(), e);
    } catch (Exception e) {
      // Formatter.run() declares Exception; its failures are configuration errors worth the message
      throw new ServerStartException(
          "formatting storage of "
              + node
              + " (cluster id "
              + clusterId
              + ") failed: "
              + e.getMessage(),
          e);
    }
  }
}
