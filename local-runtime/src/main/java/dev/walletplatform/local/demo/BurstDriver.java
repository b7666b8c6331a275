package dev.walletplatform.local.demo;

import dev.walletplatform.local.client.GatewayAnswer;
import dev.walletplatform.local.client.GatewayClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Sends a number of requests with a fixed number in flight (a closed model: it shows what the
 * platform absorbs, not latency under a fixed arrival rate — the benchmark does that).
 */
public final class BurstDriver {
  private BurstDriver() {}

  public static BurstResult run(
      GatewayClient gateway, DemoWorkload workload, int requests, int concurrency) {
    return run(gateway, workload, requests, concurrency, answer -> {});
  }

  /**
   * The same, handing each answer to {@code onAnswer} as it arrives — from the worker that got it,
   * so concurrently: for a caller that acts while the burst is still in flight.
   */
  public static BurstResult run(
      GatewayClient gateway,
      DemoWorkload workload,
      int requests,
      int concurrency,
      Consumer<GatewayAnswer> onAnswer) {
    AtomicInteger remaining = new AtomicInteger(requests);
    long start = System.nanoTime();
    List<List<GatewayAnswer>> perWorker = new ArrayList<>();
    try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<List<GatewayAnswer>>> futures = new ArrayList<>();
      for (int i = 0; i < concurrency; i++) {
        futures.add(
            workers.submit(
                () -> {
                  List<GatewayAnswer> answers = new ArrayList<>();
                  while (remaining.getAndDecrement() > 0) {
                    GatewayAnswer answer = workload.sendOne(gateway, ThreadLocalRandom.current());
                    onAnswer.accept(answer);
                    answers.add(answer);
                  }
                  return answers;
                }));
      }
      for (Future<List<GatewayAnswer>> future : futures) {
        perWorker.add(future.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("burst interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("a burst worker failed: " + e.getCause(), e.getCause());
    }
    return summarize(perWorker, Duration.ofNanos(System.nanoTime() - start));
  }

  private static BurstResult summarize(List<List<GatewayAnswer>> perWorker, Duration elapsed) {
    Map<Integer, Integer> byStatus = new TreeMap<>();
    Map<String, Integer> byCode = new TreeMap<>();
    List<UUID> accepted = new ArrayList<>();
    List<Long> latencies = new ArrayList<>();
    for (List<GatewayAnswer> answers : perWorker) {
      for (GatewayAnswer answer : answers) {
        byStatus.merge(answer.status(), 1, Integer::sum);
        latencies.add(answer.latencyNanos());
        if (answer.accepted()) {
          accepted.add(UUID.fromString(answer.commandId()));
        } else if (answer.errorCode() != null) {
          byCode.merge(answer.errorCode(), 1, Integer::sum);
        }
      }
    }
    return new BurstResult(
        byStatus,
        byCode,
        accepted,
        latencies.stream().mapToLong(Long::longValue).toArray(),
        elapsed);
  }
}
