package dev.walletplatform.domain.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletplatform.domain.error.ErrorCode;
import dev.walletplatform.domain.error.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeviceIdTest {
  @Test
  void absentHeaderMeansNoDeviceId() {
    assertThat(DeviceId.parseHeader(null)).isEmpty();
    assertThat(DeviceId.parseHeader(List.of())).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a",
        "ios-3F9A2C",
        "android:1.2_x",
        "0123456789012345678901234567890123456789012345678901234567890123"
      })
  void acceptsUpTo64CharactersOfTheSafeAlphabet(String value) {
    assertThat(DeviceId.parseHeader(List.of(value))).contains(new DeviceId(value));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "has space",
        "semi;colon",
        "ünï",
        "01234567890123456789012345678901234567890123456789012345678901234"
      })
  void refusesAnythingElseWithItsOwnCode(String value) {
    assertThatThrownBy(() -> DeviceId.parseHeader(List.of(value)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.INVALID_DEVICE_ID);
              assertThat(e.field()).isEqualTo(DeviceId.HEADER);
            });
  }

  @Test
  void refusesTheHeaderSentTwice() {
    assertThatThrownBy(() -> DeviceId.parseHeader(Arrays.asList("a", "b")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_DEVICE_ID));
  }
}
