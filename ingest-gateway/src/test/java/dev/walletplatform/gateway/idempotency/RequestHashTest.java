package dev.walletplatform.gateway.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletplatform.domain.money.AssetCatalog;
import dev.walletplatform.gateway.command.CommandValidator;
import dev.walletplatform.gateway.command.GatewayCommand;
import org.junit.jupiter.api.Test;

class RequestHashTest {
  private final CommandValidator validator = new CommandValidator(AssetCatalog.defaults());

  @Test
  void writesTheCanonicalFormWithAmountInMinorUnits() {
    assertThat(RequestHash.canonicalForm(transfer("alice-1", "bob-22", "BTC", "0.015")))
        .isEqualTo(
            "wallet-command-v1\nPOST /v1/transfers\nfrom_wallet=alice-1\nto_wallet=bob-22\nasset=BTC\namount=1500000\n");
  }

  /**
   * The ledger compares this hash too: a change here must be a deliberate, versioned one. Same as
   * {@code printf 'wallet-command-v1\nPOST /v1/transfers\n...amount=1500000\n' | sha256sum}.
   */
  @Test
  void keepsTheHashOfAKnownTransferStable() {
    assertThat(RequestHash.of(transfer("alice-1", "bob-22", "BTC", "0.015")))
        .isEqualTo("bd64ffa05f26cb1e10c88d0acd27b280db65b886040863c89a286497a7210745");
  }

  @Test
  void hashesEquivalentAmountSpellingsAlike() {
    assertThat(RequestHash.of(transfer("alice-1", "bob-22", "BTC", "0.0150")))
        .isEqualTo(RequestHash.of(transfer("alice-1", "bob-22", "BTC", "0.015")));
  }

  @Test
  void changesWhenAnyFieldChanges() {
    String base = RequestHash.of(transfer("alice-1", "bob-22", "BTC", "0.015"));

    assertThat(RequestHash.of(transfer("alice-2", "bob-22", "BTC", "0.015"))).isNotEqualTo(base);
    assertThat(RequestHash.of(transfer("alice-1", "bob-23", "BTC", "0.015"))).isNotEqualTo(base);
    assertThat(RequestHash.of(transfer("alice-1", "bob-22", "ETH", "0.015"))).isNotEqualTo(base);
    assertThat(RequestHash.of(transfer("alice-1", "bob-22", "BTC", "0.016"))).isNotEqualTo(base);
  }

  @Test
  void tellsSameAmountOfDifferentAssetsApartEvenWithEqualMinorUnits() {
    // 1 USDC and 0.01 BTC are both 1,000,000 minor units: the asset code keeps them apart.
    assertThat(RequestHash.of(transfer("alice-1", "bob-22", "USDC", "1")))
        .isNotEqualTo(RequestHash.of(transfer("alice-1", "bob-22", "BTC", "0.01")));
  }

  @Test
  void tellsEndpointsApart() {
    GatewayCommand claim = validator.giveawayClaim("spring-drop", "alice-1");
    GatewayCommand otherCampaign = validator.giveawayClaim("autumn-drop", "alice-1");

    assertThat(RequestHash.of(claim)).isNotEqualTo(RequestHash.of(otherCampaign));
    assertThat(RequestHash.canonicalForm(claim))
        .contains("POST /v1/giveaways/{campaign}/claims\ncampaign_id=spring-drop\n");
    assertThat(
            RequestHash.canonicalForm(
                validator.withdrawal("alice-1", "ETH", "1", "0x52908400098527886E")))
        .startsWith(
            "wallet-command-v1\nPOST /v1/withdrawals\nwallet=alice-1\nasset=ETH\namount=1000000000000000000\n");
  }

  @Test
  void isSixtyFourLowercaseHexDigits() {
    assertThat(RequestHash.of(transfer("alice-1", "bob-22", "BTC", "1"))).matches("[0-9a-f]{64}");
  }

  private GatewayCommand transfer(String from, String to, String asset, String amount) {
    return validator.transfer(from, to, asset, amount);
  }
}
