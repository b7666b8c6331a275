package dev.walletplatform.kit.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Timer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ServiceMetersTest {
  @Test
  void everyLatencyIsAHistogramWithTheSharedBuckets() throws IOException {
    try (ServiceMeters meters = ServiceMeters.create()) {
      Timer.builder("wallet.command.accept.to.applied")
          .tag("kind", "transfer")
          .register(meters.registry())
          .record(Duration.ofMillis(40));

      String text = scrape(meters);

      assertThat(text)
          .contains(
              "wallet_command_accept_to_applied_seconds_bucket{kind=\"transfer\",le=\"0.025\"} 0")
          .contains(
              "wallet_command_accept_to_applied_seconds_bucket{kind=\"transfer\",le=\"0.05\"} 1")
          .contains(
              "wallet_command_accept_to_applied_seconds_bucket{kind=\"transfer\",le=\"+Inf\"} 1")
          .contains("wallet_command_accept_to_applied_seconds_count{kind=\"transfer\"} 1");
      long buckets =
          text.lines()
              .filter(l -> l.startsWith("wallet_command_accept_to_applied_seconds_bucket"))
              .count();
      assertThat(buckets).isEqualTo(LatencyBuckets.BOUNDS.size() + 1);
    }
  }

  @Test
  void theJvmsOwnMetersAreBoundFromTheStart() throws IOException {
    try (ServiceMeters meters = ServiceMeters.create()) {
      assertThat(scrape(meters))
          .contains("jvm_memory_used_bytes{area=\"heap\"")
          .contains("jvm_threads_live_threads")
          .contains("jvm_buffer_memory_used_bytes{id=\"direct\"}")
          .contains("jvm_gc_")
          .contains("process_cpu_usage")
          // GC pauses stay count/sum/max: the JVM's timers get no buckets
          .doesNotContain("jvm_gc_pause_seconds_bucket");
    }
  }

  private static String scrape(ServiceMeters meters) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    meters.prometheus().scrape(out, "text/plain; version=0.0.4; charset=utf-8");
    return out.toString(StandardCharsets.UTF_8);
  }
}
