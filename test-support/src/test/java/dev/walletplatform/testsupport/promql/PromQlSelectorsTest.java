package dev.walletplatform.testsupport.promql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletplatform.testsupport.promql.PromQlSelectors.Selector;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromQlSelectorsTest {

  @Test
  void findsBracedSelectorsWithTheirLabels() {
    List<Selector> found =
        PromQlSelectors.in(
            "sum by (pod) (rate(ledger_pool_waiting{namespace=\"wallet\", job=\"ledger-applier-admin\"}[5m])) > 0");

    assertThat(found)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.metric()).isEqualTo("ledger_pool_waiting");
              assertThat(s.label("job")).isEqualTo("ledger-applier-admin");
            });
  }

  @Test
  void findsBareNamesButNotFunctionsLabelsOrDurations() {
    List<Selector> found =
        PromQlSelectors.in(
            "max by (pod, container) (max_over_time(kube_pod_container_status_waiting_reason[5m])) >= 1 offset 15m");

    assertThat(found)
        .extracting(Selector::metric)
        .containsExactly("kube_pod_container_status_waiting_reason");
  }

  @Test
  void findsSelectorsNamedOnlyByARegex() {
    List<Selector> found =
        PromQlSelectors.in(
            "label_replace({__name__=~\"ledger_deadletters_.+_total\", job=\"x\"}, \"code\", \"$1\", \"__name__\", \"(.+)\")");

    assertThat(found)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.metric()).isNull();
              assertThat(s.label("__name__")).isEqualTo("ledger_deadletters_.+_total");
            });
  }

  @Test
  void readsThroughArgoRolloutsPlaceholders() {
    List<Selector> found =
        PromQlSelectors.in("sum(rate(a_total{hash=\"{{args.canary-hash}}\", job=\"j\"}[2m]))");

    assertThat(found)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.metric()).isEqualTo("a_total");
              assertThat(s.label("job")).isEqualTo("j");
            });
  }
}
