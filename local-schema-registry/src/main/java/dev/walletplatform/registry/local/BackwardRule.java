package dev.walletplatform.registry.local;

import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;

/**
 * The one compatibility level this registry enforces, Confluent's default BACKWARD: the new schema
 * must read data written with the latest registered one (consumers upgrade first, old records
 * stay).
 */
final class BackwardRule {
  static final String LEVEL = "BACKWARD";

  private BackwardRule() {}

  /** Avro's reasons the {@code candidate} cannot read {@code latest} data; empty when it can. */
  static List<String> violations(Schema candidate, Schema latest) {
    return SchemaCompatibility.checkReaderWriterCompatibility(candidate, latest)
        .getResult()
        .getIncompatibilities()
        .stream()
        .map(
            i ->
                "{errorType:'"
                    + i.getType()
                    + "', description:'"
                    + i.getMessage()
                    + "', location:'"
                    + i.getLocation()
                    + "'}")
        .toList();
  }
}
