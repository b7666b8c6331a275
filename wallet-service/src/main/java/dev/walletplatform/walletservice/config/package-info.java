/**
 * The service's YAML configuration as immutable records checked at start; {@link
 * dev.walletplatform.walletservice.config.WalletServiceConfiguration} is the root.
 */
package dev.walletplatform.walletservice.config;
