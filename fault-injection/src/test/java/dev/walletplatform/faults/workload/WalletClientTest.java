package dev.walletplatform.faults.workload;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class WalletClientTest {
  @Test
  void sendsMinorUnitsAsTheApiDecimalStrings() {
    assertThat(WalletClient.decimal("USDC", BigInteger.valueOf(1_500))).isEqualTo("0.0015");
    assertThat(WalletClient.decimal("USDC", BigInteger.valueOf(2_000_000))).isEqualTo("2");
    assertThat(WalletClient.decimal("BTC", BigInteger.valueOf(123_456_789)))
        .isEqualTo("1.23456789");
    assertThat(WalletClient.decimal("BTC", BigInteger.ONE)).isEqualTo("0.00000001");
  }
}
