/**
 * The wallet read API (balances, history, command status) over HTTPS; {@link
 * dev.walletplatform.walletservice.WalletServiceApplication} wires it and is the entry point.
 */
package dev.walletplatform.walletservice;
