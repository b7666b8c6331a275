package dev.walletplatform.walletservice.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletplatform.domain.error.ErrorCode;
import dev.walletplatform.domain.error.InvalidInputException;
import dev.walletplatform.domain.id.WalletId;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class HistoryCursorTest {
  private static final WalletId ALICE = new WalletId("alice");
  private static final WalletId BOB = new WalletId("bob");

  @Test
  void decodesWhatItEncodedForTheSameWallet() {
    for (long seq : new long[] {1, 71, 4_294_967_296L, Long.MAX_VALUE}) {
      String text = new HistoryCursor(seq).encode(ALICE);
      assertThat(HistoryCursor.decode(text, ALICE).beforeSeq()).isEqualTo(seq);
    }
  }

  @Test
  void encodesAsUnpaddedBase64UrlSafeInAQueryString() {
    String text = new HistoryCursor(123_456).encode(ALICE);
    assertThat(text).matches("[A-Za-z0-9_-]{28}");
  }

  @Test
  void rejectsACursorIssuedForAnotherWallet() {
    String text = new HistoryCursor(50).encode(ALICE);
    assertInvalid(() -> HistoryCursor.decode(text, BOB), "another wallet");
  }

  @Test
  void rejectsEveryCursorWithOneCharacterChanged() {
    String text = new HistoryCursor(71).encode(ALICE);
    for (int i = 0; i < text.length(); i++) {
      char replacement = text.charAt(i) == 'A' ? 'B' : 'A';
      String tampered = text.substring(0, i) + replacement + text.substring(i + 1);
      int position = i;
      assertThatThrownBy(() -> HistoryCursor.decode(tampered, ALICE))
          .as("changed character %d", position)
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CURSOR));
    }
  }

  @Test
  void rejectsACursorWithAValidChecksumButAnUnknownVersion() {
    byte[] raw = Base64.getUrlDecoder().decode(new HistoryCursor(71).encode(ALICE));
    raw[0] = 2;
    String otherVersion = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    assertInvalid(() -> HistoryCursor.decode(otherVersion, ALICE), "unknown version");
  }

  @Test
  void rejectsTruncatedEmptyOverlongAndNonBase64Text() {
    String text = new HistoryCursor(71).encode(ALICE);
    assertInvalid(() -> HistoryCursor.decode(text.substring(0, 20), ALICE), "");
    assertInvalid(() -> HistoryCursor.decode("", ALICE), "");
    assertInvalid(() -> HistoryCursor.decode("A".repeat(10_000), ALICE), "");
    assertInvalid(() -> HistoryCursor.decode("not a cursor!", ALICE), "base64url");
    assertInvalid(() -> HistoryCursor.decode("' OR 1=1 --", ALICE), "");
  }

  @Test
  void refusesToPointBelowTheFirstEntry() {
    assertThatThrownBy(() -> new HistoryCursor(0)).isInstanceOf(IllegalArgumentException.class);
  }

  private static void assertInvalid(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String message) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CURSOR);
              assertThat(e.field()).isEqualTo("cursor");
            })
        .hasMessageContaining(message);
  }
}
