package dev.walletplatform.walletctl.kafka;

import dev.walletplatform.walletctl.ExitCode;
import dev.walletplatform.walletctl.NotFoundException;
import dev.walletplatform.walletctl.RefusedException;
import dev.walletplatform.walletctl.UnreachableException;
import dev.walletplatform.walletctl.WalletctlException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.errors.GroupNotEmptyException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.UnknownMemberIdException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/** Turns what the Kafka clients throw into walletctl's errors, naming the cluster and the step. */
public final class KafkaFailures {
  private KafkaFailures() {}

  public static WalletctlException translate(
      Throwable failure, String doing, String bootstrap, Duration timeout) {
    Throwable cause = unwrap(failure);
    if (cause instanceof WalletctlException known) {
      return known;
    }
    Throwable timedOut = timeoutIn(cause);
    if (timedOut != null) {
      cause =
          timedOut; // "Failed to find brokers to send X" wraps the timeout that says what happened
    }
    String where = " (Kafka at " + bootstrap + ")";
    return switch (cause) {
      case TimeoutException t ->
          new UnreachableException(
              "no answer from Kafka at "
                  + bootstrap
                  + " within "
                  + timeout
                  + " while "
                  + doing
                  + "; is the cluster up and --bootstrap-servers right? ("
                  + t.getMessage()
                  + ")",
              t);
      case java.util.concurrent.TimeoutException t ->
          new UnreachableException(
              "no answer from Kafka at " + bootstrap + " within " + timeout + " while " + doing, t);
      case UnknownTopicOrPartitionException e ->
          new NotFoundException(doing + ": " + e.getMessage() + where, e);
      case GroupIdNotFoundException e ->
          new NotFoundException(doing + ": " + e.getMessage() + where, e);
      case GroupNotEmptyException e ->
          new RefusedException(
              doing
                  + ": the group has active members ("
                  + e.getMessage()
                  + "); stop its consumers first",
              e);
      case UnknownMemberIdException e ->
          new RefusedException(
              doing
                  + ": the broker refused because the group has"
                  + " active members ("
                  + e.getMessage()
                  + "); stop its consumers first",
              e);
      case AuthenticationException e ->
          new WalletctlException(
              ExitCode.FAILED,
              doing
                  + ": authentication failed"
                  + where
                  + ": "
                  + e.getMessage()
                  + "; check --command-config",
              e);
      case AuthorizationException e ->
          new WalletctlException(
              ExitCode.FAILED, doing + ": not authorized" + where + ": " + e.getMessage(), e);
      case InterruptedException e -> {
        Thread.currentThread().interrupt();
        yield new WalletctlException(ExitCode.FAILED, "interrupted while " + doing, e);
      }
      default ->
          new WalletctlException(ExitCode.FAILED, doing + " failed" + where + ": " + cause, cause);
    };
  }

  private static Throwable timeoutIn(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof TimeoutException || t instanceof java.util.concurrent.TimeoutException) {
        return t;
      }
    }
    return null;
  }

  static Throwable unwrap(Throwable failure) {
    Throwable current = failure;
    while ((current instanceof ExecutionException || current instanceof CompletionException)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }
}
