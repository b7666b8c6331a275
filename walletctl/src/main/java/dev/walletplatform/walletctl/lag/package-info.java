/**
 * {@code walletctl lag}: {@link dev.walletplatform.walletctl.lag.LagCommand} reads lag and time
 * behind per partition.
 */
package dev.walletplatform.walletctl.lag;
