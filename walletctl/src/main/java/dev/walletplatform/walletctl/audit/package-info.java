/**
 * The audit trail on wallet.audit.v1: {@link dev.walletplatform.walletctl.audit.AuditLog} writes it
 * around every state-changing command, {@link dev.walletplatform.walletctl.audit.AuditCommand}
 * reads it.
 */
package dev.walletplatform.walletctl.audit;
