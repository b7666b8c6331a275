/**
 * The command line: {@link dev.walletplatform.walletctl.cli.Main} (process entry), {@link
 * dev.walletplatform.walletctl.cli.WalletctlCli} (builds it), {@link
 * dev.walletplatform.walletctl.cli.RootCommand} (the command tree) and the exit-code mapping.
 */
package dev.walletplatform.walletctl.cli;
