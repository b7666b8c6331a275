package dev.walletplatform.walletservice.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletplatform.domain.error.ErrorCode;
import dev.walletplatform.domain.error.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PageLimitTest {
  @ParameterizedTest
  @NullAndEmptySource
  void defaultsToFiftyWhenAbsent(String text) {
    assertThat(PageLimit.parse(text).value()).isEqualTo(50);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "50", "200", "007"})
  void acceptsOneToTwoHundred(String text) {
    assertThat(PageLimit.parse(text).value()).isEqualTo(Integer.parseInt(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0",
        "201",
        "1000",
        "99999",
        "-1",
        "+5",
        "1.5",
        "abc",
        " 5",
        "5 ",
        "2147483648",
        "\u0665"
      })
  void rejectsAnythingElseAsInvalidLimit(String text) {
    assertThatThrownBy(() -> PageLimit.parse(text))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.INVALID_LIMIT);
              assertThat(e.field()).isEqualTo("limit");
            });
  }
}
