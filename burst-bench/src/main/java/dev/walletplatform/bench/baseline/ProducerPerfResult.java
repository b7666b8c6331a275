package dev.walletplatform.bench.baseline;

/**
 * The summary line of Kafka's ProducerPerformance.
 *
 * @param recordsPerSecond acknowledged records per second (acks=all)
 */
public record ProducerPerfResult(
    long records,
    int recordSize,
    double recordsPerSecond,
    double avgLatencyMs,
    double p99LatencyMs,
    String summaryLine) {

  /**
   * Parses e.g. "500000 records sent, 77519.4 records/sec (37.85 MB/sec), 310.2 ms avg latency,
   * 702.0 ms max latency, 290 ms 50th, 650 ms 95th, 690 ms 99th, 700 ms 99.9th."
   */
  static ProducerPerfResult parse(String line, int recordSize) {
    String[] parts = line.split(",");
    try {
      long records = Long.parseLong(parts[0].trim().split(" ")[0]);
      double perSecond = Double.parseDouble(parts[1].trim().split(" ")[0]);
      double avg = Double.parseDouble(parts[2].trim().split(" ")[0]);
      double p99 = Double.NaN;
      for (String part : parts) {
        if (part.trim().endsWith("99th")) {
          p99 = Double.parseDouble(part.trim().split(" ")[0]);
        }
      }
      return new ProducerPerfResult(records, recordSize, perSecond, avg, p99, line.trim());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not a ProducerPerformance summary line: " + line, e);
    }
  }
}
