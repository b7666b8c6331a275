/**
 * The path of one accepted command — hash, idempotency check, derived id, publish, remember: {@link
 * dev.walletplatform.gateway.intake.CommandIntake}.
 */
package dev.walletplatform.gateway.intake;
