package dev.walletplatform.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HttpsCommandTargetTest {
  @Test
  void readsTheCommandIdOfAnAcceptedAnswer() {
    assertThat(
            HttpsCommandTarget.commandId(
                "{\"command_id\":\"5f0c8a4e-1d2b-5c3a-9e7f-0a1b2c3d4e5f\",\"status\":\"accepted\"}"))
        .isEqualTo("5f0c8a4e-1d2b-5c3a-9e7f-0a1b2c3d4e5f");
    assertThat(HttpsCommandTarget.commandId("{\"code\":\"OVERLOADED\"}")).isNull();
    assertThat(HttpsCommandTarget.commandId(null)).isNull();
  }
}
