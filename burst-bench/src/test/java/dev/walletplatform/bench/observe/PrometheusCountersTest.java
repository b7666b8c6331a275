package dev.walletplatform.bench.observe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrometheusCountersTest {
  private static final String SCRAPE =
      """
      # TYPE ledger_messages_applied_total counter
      ledger_messages_applied_total 1200
      # TYPE ledger_messages_rejected_total counter
      ledger_messages_rejected_total{reason="INSUFFICIENT_FUNDS"} 30
      ledger_messages_rejected_total{reason="ALREADY_CLAIMED"} 7
      ledger_messages_redelivered_total 99
      hikaricp_connections_active{pool="ledger-applier"} NaN
      """;

  @Test
  void sumsAppliedAndEveryRejectionReasonAsDecided() {
    assertThat(PrometheusCounters.sumOf(SCRAPE, PrometheusCounters::applied)).isEqualTo(1200);
    assertThat(PrometheusCounters.sumOf(SCRAPE, PrometheusCounters::decided)).isEqualTo(1237);
  }

  @Test
  void sumsEveryLabelSetAndSkipsCommentsAndNonNumbers() {
    assertThat(PrometheusCounters.sumOf(SCRAPE, name -> name.startsWith("ledger_")))
        .isEqualTo(1200 + 30 + 7 + 99);
  }
}
