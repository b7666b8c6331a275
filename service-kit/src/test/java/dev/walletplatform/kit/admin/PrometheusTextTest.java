package dev.walletplatform.kit.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.Gauge;
import com.codahale.metrics.MetricRegistry;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PrometheusTextTest {
  @Test
  void rendersEveryMetricKindWithPrometheusNames() {
    MetricRegistry registry = new MetricRegistry();
    registry.counter("ledger.messages.dead-lettered").inc(3);
    registry.register("ledger.pool.active", (Gauge<Integer>) () -> 4);
    registry.register("jvm.ok", (Gauge<Boolean>) () -> true);
    registry.meter("gateway.commands.accepted").mark(7);
    registry.histogram("ledger.batch.size").update(500);
    registry.timer("gateway.publish").update(250, TimeUnit.MILLISECONDS);

    String text = PrometheusText.render(registry);

    assertThat(text)
        .contains(
            "# TYPE ledger_messages_dead_lettered gauge\nledger_messages_dead_lettered 3\n",
            "ledger_pool_active 4\n",
            "jvm_ok 1\n",
            "# TYPE gateway_commands_accepted_total counter\ngateway_commands_accepted_total 7\n",
            "ledger_batch_size{quantile=\"0.99\"} 500\n",
            "ledger_batch_size_count 1\n",
            "gateway_publish_seconds{quantile=\"0.5\"} 0.25\n",
            "gateway_publish_seconds_count 1\n");
  }

  @Test
  void skipsGaugesThatAreNotNumbersOrThatFail() {
    MetricRegistry registry = new MetricRegistry();
    registry.register("text", (Gauge<String>) () -> "hello");
    registry.register(
        "broken",
        (Gauge<Integer>)
            () -> {
              throw new IllegalStateException("pool closed");
            });
    assertThat(PrometheusText.render(registry)).doesNotContain("text", "broken");
  }

  @Test
  void makesEveryNameValid() {
    assertThat(PrometheusText.sanitize("jvm.memory.heap-used")).isEqualTo("jvm_memory_heap_used");
    assertThat(PrometheusText.sanitize("2xx.responses")).isEqualTo("_2xx_responses");
  }
}
