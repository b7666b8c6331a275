/**
 * walletctl, the operator CLI: its exit codes ({@link dev.walletplatform.walletctl.ExitCode}) and
 * errors; the entry point is {@link dev.walletplatform.walletctl.cli.Main}.
 */
package dev.walletplatform.walletctl;
