/**
 * {@code walletctl dlq list|show|redrive} over wallet.deadletters.v1; {@link
 * dev.walletplatform.walletctl.dlq.DlqCommand} is the entry point, {@link
 * dev.walletplatform.walletctl.dlq.RedrivePlanner} decides what a redrive may safely re-produce.
 */
package dev.walletplatform.walletctl.dlq;
