package dev.walletplatform.infra.kafka;

import dev.walletplatform.infra.InfraException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.CreateTopicsOptions;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;

/** Idempotent topic creation that returns only once every partition has a leader. */
final class KafkaTopics {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private KafkaTopics() {}

  static void create(Admin admin, Collection<TopicSpec> specs) {
    Map<String, KafkaFuture<Void>> results =
        admin
            .createTopics(
                specs.stream().map(TopicSpec::toNewTopic).toList(),
                new CreateTopicsOptions().timeoutMs((int) TIMEOUT.toMillis()))
            .values();
    for (TopicSpec spec : specs) {
      try {
        results.get(spec.name()).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof TopicExistsException)) {
          throw new InfraException("could not create " + spec + ": " + e.getCause(), e.getCause());
        }
      } catch (TimeoutException e) {
        throw new InfraException("creating " + spec + " took more than " + TIMEOUT, e);
      } catch (InterruptedException e) {
        throw InfraException.interrupted("creating " + spec, e);
      }
    }
    awaitLeaders(admin, specs.stream().map(TopicSpec::name).toList());
  }

  // CreateTopics returns when the controller has the topic; producers that start right away
  // would otherwise see a round of retriable NOT_LEADER / UNKNOWN_TOPIC errors
  private static void awaitLeaders(Admin admin, List<String> names) {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    String lastState = "no answer";
    while (System.nanoTime() < deadline) {
      try {
        Map<String, TopicDescription> described =
            admin.describeTopics(names).allTopicNames().get(5, TimeUnit.SECONDS);
        List<String> leaderless =
            described.values().stream()
                .flatMap(
                    d ->
                        d.partitions().stream()
                            .filter(p -> p.leader() == null || p.leader().isEmpty())
                            .map(p -> d.name() + "-" + p.partition()))
                .toList();
        if (leaderless.isEmpty()) {
          return;
        }
        lastState = "no leader yet for " + leaderless;
      } catch (ExecutionException | TimeoutException e) {
        lastState = e.toString();
      } catch (InterruptedException e) {
        throw InfraException.interrupted("waiting for leaders of " + names, e);
      }
      KafkaReadiness.sleep(Duration.ofMillis(100));
    }
    throw new InfraException(
        "topics " + names + " created but not ready after " + TIMEOUT + ": " + lastState);
  }
}
