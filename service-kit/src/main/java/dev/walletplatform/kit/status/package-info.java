/**
 * The internal command-status contract between stream-processors (which answers it) and the wallet
 * service (which asks it before the database): {@link
 * dev.walletplatform.kit.status.CommandStatusView}.
 */
package dev.walletplatform.kit.status;
