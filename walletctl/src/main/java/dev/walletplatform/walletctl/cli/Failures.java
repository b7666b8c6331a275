package dev.walletplatform.walletctl.cli;

import dev.walletplatform.schemas.registry.SchemaRegistryException;
import dev.walletplatform.walletctl.ExitCode;
import dev.walletplatform.walletctl.UnreachableException;
import dev.walletplatform.walletctl.WalletctlException;
import dev.walletplatform.walletctl.kafka.KafkaFailures;
import java.time.Duration;
import org.apache.kafka.common.KafkaException;

/**
 * The last line of classification: anything a command did not turn into a {@link
 * WalletctlException} itself gets an exit code here, so a script never sees 1 for a cluster that
 * was merely down.
 */
final class Failures {
  private Failures() {}

  static WalletctlException classify(Throwable failure) {
    if (failure instanceof WalletctlException known) {
      return known;
    }
    if (failure instanceof SchemaRegistryException registry
        && (registry.status() == -1 || registry.status() >= 500)) {
      return new UnreachableException(
          "schema registry unreachable: " + registry.getMessage() + "; check --registry-url",
          registry);
    }
    if (failure instanceof KafkaException) {
      return KafkaFailures.translate(
          failure, "talking to Kafka", "--bootstrap-servers", Duration.ZERO);
    }
    return new WalletctlException(
        ExitCode.FAILED,
        "unexpected " + failure.getClass().getName() + ": " + failure.getMessage(),
        failure);
  }
}
