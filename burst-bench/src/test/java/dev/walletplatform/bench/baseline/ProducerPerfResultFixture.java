package dev.walletplatform.bench.baseline;

/** A parsed ProducerPerformance result for report tests (its factory is package-private). */
public final class ProducerPerfResultFixture {
  private ProducerPerfResultFixture() {}

  public static ProducerPerfResult sample() {
    return ProducerPerfResult.parse(
        "500000 records sent, 77519.4 records/sec (37.85 MB/sec), 310.2 ms avg latency,"
            + " 702.0 ms max latency, 290 ms 50th, 650 ms 95th, 690 ms 99th, 700 ms 99.9th.",
        176);
  }
}
