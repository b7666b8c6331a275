/**
 * Assets and amounts in minor units (never floating point); {@link
 * dev.walletplatform.domain.money.AmountParser} turns client text into {@link
 * dev.walletplatform.domain.money.Money}.
 */
package dev.walletplatform.domain.money;
