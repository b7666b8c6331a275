/**
 * What walletctl prints: {@link dev.walletplatform.walletctl.output.TextTable} for reports on
 * stdout, {@link dev.walletplatform.walletctl.output.ProgressBars} (rate and ETA) on stderr.
 */
package dev.walletplatform.walletctl.output;
