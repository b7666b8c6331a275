package dev.walletplatform.walletctl.dlq;

import dev.walletplatform.schemas.serde.RecordDecodingException;
import dev.walletplatform.walletctl.avro.EnvelopeDecoder;
import dev.walletplatform.walletctl.avro.JsonRecords;
import dev.walletplatform.walletctl.config.ClusterOptions;
import dev.walletplatform.walletctl.config.RegistryOptions;
import dev.walletplatform.walletctl.kafka.KafkaSession;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.header.Header;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code walletctl dlq show ID}: one dead letter with its error and its value decoded to JSON.
 * Read-only.
 */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "Show one dead letter: error, source position, headers and the value decoded (Avro to JSON).")
public final class DlqShowCommand implements Callable<Integer> {
  private static final int PREVIEW_BYTES = 256;

  @Parameters(
      index = "0",
      paramLabel = "ID",
      description = "Dead-letter id as `walletctl dlq list` prints it, e.g. 0-17")
  private String id;

  @Mixin private ClusterOptions cluster;

  @Mixin private RegistryOptions registry;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    DeadLetterId letterId = DeadLetterId.parse(id);
    PrintWriter out = spec.commandLine().getOut();
    DeadLetter letter;
    try (KafkaSession session = new KafkaSession(cluster)) {
      letter = new DeadLetterReader(session).one(letterId);
    }
    out.println("Dead letter " + letter.id());
    out.println("  failed at:    " + letter.failedAt().truncatedTo(ChronoUnit.MILLIS));
    out.println("  error code:   " + letter.code());
    out.println("  error class:  " + letter.errorClass());
    out.println("  error:        " + letter.message());
    out.println("  source:       " + letter.source());
    out.println("  key:          " + letter.keyText());
    for (Header header : letter.originalHeaders()) {
      out.println(
          "  header:       "
              + header.key()
              + "="
              + new String(header.value(), StandardCharsets.UTF_8));
    }
    try {
      SpecificRecord value =
          new EnvelopeDecoder(registry.client()).decode(letter.sourceTopic(), letter.value());
      out.println("Value (" + value.getSchema().getName() + "):");
      out.println(JsonRecords.render(value));
    } catch (RecordDecodingException e) {
      out.println("Value: not decodable now (" + e.getMessage() + ")");
      out.println(preview(letter.value()));
    }
    return 0;
  }

  private static String preview(byte[] value) {
    if (value == null) {
      return "  (no value)";
    }
    byte[] head = Arrays.copyOf(value, Math.min(value.length, PREVIEW_BYTES));
    return "  "
        + value.length
        + " bytes; hex: "
        + HexFormat.of().formatHex(head)
        + (value.length > PREVIEW_BYTES ? "…" : "")
        + System.lineSeparator()
        + "  as UTF-8: "
        + new String(head, StandardCharsets.UTF_8).replaceAll("\\p{Cntrl}", ".");
  }
}
