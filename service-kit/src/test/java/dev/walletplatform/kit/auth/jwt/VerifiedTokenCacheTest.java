package dev.walletplatform.kit.auth.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletplatform.kit.auth.Caller;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerifiedTokenCacheTest {
  private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");
  private static final Caller ALICE = new Caller("alice", "app", Set.of("alice-main"));

  @Test
  void answersOnlyForTheSameTokenWithinItsValidityAndKeySet() {
    VerifiedTokenCache cache = new VerifiedTokenCache(10);
    cache.remember("token-a", ALICE, NOW.plusSeconds(60), 3, NOW);

    assertThat(cache.find("token-a", NOW.plusSeconds(59), 3)).contains(ALICE);
    assertThat(cache.find("token-a.", NOW, 3)).isEmpty();
    assertThat(cache.find("token-a", NOW, 4)).as("another key set was loaded since").isEmpty();
    assertThat(cache.size()).as("a stale entry is dropped").isZero();
  }

  @Test
  void dropsAnEntryOnceItsValidityIsOver() {
    VerifiedTokenCache cache = new VerifiedTokenCache(10);
    cache.remember("token-a", ALICE, NOW.plusSeconds(60), 1, NOW);

    assertThat(cache.find("token-a", NOW.plusSeconds(60), 1)).isEmpty();
    assertThat(cache.size()).isZero();
  }

  @Test
  void staysWithinItsBoundPreferringToDropWhatIsNoLongerValid() {
    VerifiedTokenCache cache = new VerifiedTokenCache(3);
    cache.remember("old", ALICE, NOW.plusSeconds(1), 1, NOW);
    cache.remember("b", ALICE, NOW.plusSeconds(600), 1, NOW);
    cache.remember("c", ALICE, NOW.plusSeconds(600), 1, NOW);

    cache.remember(
        "d",
        ALICE,
        NOW.plusSeconds(600),
        1,
        NOW.plusSeconds(2)); // "old" has expired: it makes room
    assertThat(cache.find("b", NOW.plusSeconds(2), 1)).contains(ALICE);
    assertThat(cache.find("d", NOW.plusSeconds(2), 1)).contains(ALICE);
    cache.remember(
        "e", ALICE, NOW.plusSeconds(600), 1, NOW.plusSeconds(2)); // full of valid ones: starts over
    assertThat(cache.size()).isLessThanOrEqualTo(3);
    assertThat(cache.find("e", NOW.plusSeconds(2), 1)).contains(ALICE);
  }

  @Test
  void remembersNothingWhenTurnedOffOrAlreadyInvalid() {
    VerifiedTokenCache off = new VerifiedTokenCache(0);
    off.remember("token-a", ALICE, NOW.plusSeconds(60), 1, NOW);
    VerifiedTokenCache on = new VerifiedTokenCache(10);
    on.remember("token-a", ALICE, NOW, 1, NOW); // its key set is already due for a refetch

    assertThat(off.size()).isZero();
    assertThat(on.size()).isZero();
    assertThatThrownBy(() -> new VerifiedTokenCache(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
