/**
 * The bank test over the whole pipeline (Jepsen's idea applied to gateway → Kafka → applier →
 * database): {@code workload} clients record every request and answer, {@code nemesis} kills and
 * pauses the platform's processes on a schedule, {@code check} decides from the recorded history
 * and the ledger whether anything accepted was lost, applied twice, reordered or seen torn.
 */
package dev.walletplatform.faults;
