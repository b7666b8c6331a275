package dev.walletplatform.faults.workload;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Everything the workload did and saw, recorded as it happened: the input of the checker. Every
 * record is tagged with the phase (fault window) current when it began, so the report can say which
 * fault a problem happened under.
 */
public final class History {
  private final AtomicReference<String> phase = new AtomicReference<>("warm-up");
  private final AtomicLong answers = new AtomicLong();
  private final ConcurrentLinkedQueue<ClientRequest> requests = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<PublishedDeposit> deposits = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<BalanceRead> reads = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<PoisonRecord> poison = new ConcurrentLinkedQueue<>();
  private final Map<String, AtomicLong> failedReads = new ConcurrentHashMap<>();

  public String phase() {
    return phase.get();
  }

  public void enterPhase(String name) {
    phase.set(name);
  }

  /** The next number in the global order of definite answers. */
  public long nextAnswerSequence() {
    return answers.incrementAndGet();
  }

  public void record(ClientRequest request) {
    requests.add(request);
  }

  public void record(PublishedDeposit deposit) {
    deposits.add(deposit);
  }

  public void record(BalanceRead read) {
    reads.add(read);
  }

  public void record(PoisonRecord record) {
    poison.add(record);
  }

  /**
   * A read the wallet service could not answer (503 while the database restarts, say): counted, not
   * checked.
   */
  public void recordFailedRead(String phaseName) {
    failedReads.computeIfAbsent(phaseName, p -> new AtomicLong()).incrementAndGet();
  }

  public List<ClientRequest> requests() {
    return List.copyOf(requests);
  }

  public List<PublishedDeposit> deposits() {
    return List.copyOf(deposits);
  }

  public List<BalanceRead> reads() {
    return List.copyOf(reads);
  }

  public List<PoisonRecord> poison() {
    return List.copyOf(poison);
  }

  public Map<String, Long> failedReads() {
    Map<String, Long> copy = new java.util.TreeMap<>();
    failedReads.forEach((p, n) -> copy.put(p, n.get()));
    return copy;
  }
}
