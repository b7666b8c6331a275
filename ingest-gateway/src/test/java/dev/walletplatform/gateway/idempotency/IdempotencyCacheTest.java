package dev.walletplatform.gateway.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletplatform.domain.id.IdempotencyKey;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class IdempotencyCacheTest {
  private final AtomicLong nanos = new AtomicLong();
  private final IdempotencyCache cache =
      new IdempotencyCache(3, Duration.ofMinutes(10), nanos::get);

  @Test
  void remembersAnAcceptedRequest() {
    AcceptedRequest accepted = accepted("hash-a");
    cache.remember("client-1", key("key-00001"), accepted);

    assertThat(cache.find("client-1", key("key-00001"))).contains(accepted);
  }

  @Test
  void findsNothingForAnUnknownKey() {
    assertThat(cache.find("client-1", key("key-00001"))).isEmpty();
  }

  @Test
  void scopesKeysByClient() {
    cache.remember("client-1", key("key-00001"), accepted("hash-a"));

    assertThat(cache.find("client-2", key("key-00001"))).isEmpty();
  }

  @Test
  void keepsTheLatestRequestRememberedUnderAKey() {
    cache.remember("client-1", key("key-00001"), accepted("hash-a"));
    AcceptedRequest later = accepted("hash-b");
    cache.remember("client-1", key("key-00001"), later);

    assertThat(cache.find("client-1", key("key-00001"))).contains(later);
    assertThat(cache.size()).isEqualTo(1);
  }

  @Test
  void forgetsEntriesOlderThanTheTtl() {
    cache.remember("client-1", key("key-00001"), accepted("hash-a"));
    nanos.addAndGet(Duration.ofMinutes(10).toNanos());

    assertThat(cache.find("client-1", key("key-00001"))).isEmpty();
    assertThat(cache.size()).isZero();
  }

  @Test
  void keepsEntriesYoungerThanTheTtl() {
    cache.remember("client-1", key("key-00001"), accepted("hash-a"));
    nanos.addAndGet(Duration.ofMinutes(10).toNanos() - 1);

    assertThat(cache.find("client-1", key("key-00001"))).isPresent();
  }

  @Test
  void evictsTheLeastRecentlyUsedEntryBeyondMaxEntries() {
    cache.remember("client-1", key("key-00001"), accepted("hash-1"));
    cache.remember("client-1", key("key-00002"), accepted("hash-2"));
    cache.remember("client-1", key("key-00003"), accepted("hash-3"));
    cache.find("client-1", key("key-00001")); // now key 2 is the least recently used

    cache.remember("client-1", key("key-00004"), accepted("hash-4"));

    assertThat(cache.size()).isEqualTo(3);
    assertThat(cache.find("client-1", key("key-00002"))).isEmpty();
    assertThat(cache.find("client-1", key("key-00001"))).isPresent();
    assertThat(cache.find("client-1", key("key-00004"))).isPresent();
  }

  @Test
  void staysWithinItsBoundUnderConcurrentWriters() throws Exception {
    IdempotencyCache shared = new IdempotencyCache(500, Duration.ofMinutes(1));
    try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
      for (int thread = 0; thread < 4; thread++) {
        int offset = thread * 10_000;
        pool.execute(
            () -> {
              for (int i = 0; i < 5_000; i++) {
                IdempotencyKey key = key("key-" + (offset + i) + "-pad");
                shared.remember("client-1", key, accepted("hash"));
                shared.find("client-1", key);
              }
            });
      }
      pool.shutdown();
      assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(shared.size()).isEqualTo(500);
  }

  private static IdempotencyKey key(String value) {
    return IdempotencyKey.parse(value);
  }

  private static AcceptedRequest accepted(String hash) {
    return new AcceptedRequest(hash, UUID.randomUUID());
  }
}
