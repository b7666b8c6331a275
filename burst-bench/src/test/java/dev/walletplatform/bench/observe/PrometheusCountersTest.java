package dev.walletplatform.bench.observe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrometheusCountersTest {
  private static final String SCRAPE =
      """
      # TYPE ledger_messages_applied_total counter
      ledger_messages_applied_total 1200
      # TYPE ledger_messages_rejected_INSUFFICIENT_FUNDS_total counter
      ledger_messages_rejected_INSUFFICIENT_FUNDS_total 30
      ledger_messages_rejected_ALREADY_CLAIMED_total 7
      ledger_messages_redelivered_total 99
      ledger_batch_duration_seconds{quantile="0.5"} 0.01
      ledger_pool_active NaN
      """;

  @Test
  void sumsAppliedAndEveryRejectionReasonAsDecided() {
    assertThat(PrometheusCounters.sumOf(SCRAPE, PrometheusCounters::applied)).isEqualTo(1200);
    assertThat(PrometheusCounters.sumOf(SCRAPE, PrometheusCounters::decided)).isEqualTo(1237);
  }

  @Test
  void skipsCommentsLabelledSamplesAndNonNumbers() {
    assertThat(PrometheusCounters.sumOf(SCRAPE, name -> name.startsWith("ledger_")))
        .isEqualTo(1200 + 30 + 7 + 99);
  }
}
