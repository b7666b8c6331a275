/**
 * {@code walletctl replay}: {@link dev.walletplatform.walletctl.replay.ReplayCommand} plans a
 * window (dry run), re-produces it into the same partitions and proves the ledger applied nothing
 * twice.
 */
package dev.walletplatform.walletctl.replay;
