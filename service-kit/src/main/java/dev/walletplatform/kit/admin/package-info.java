/**
 * Admin-port pieces every service shares: who may call what on the admin port. The port's {@code
 * /metrics} lives in {@link dev.walletplatform.kit.metrics}.
 */
package dev.walletplatform.kit.admin;
