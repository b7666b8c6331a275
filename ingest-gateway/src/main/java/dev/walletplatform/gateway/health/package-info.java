/**
 * Admin-port probes: {@link dev.walletplatform.gateway.health.LivenessServlet} ({@code /live}, the
 * process's own health) and {@link dev.walletplatform.gateway.health.ReadinessServlet} ({@code
 * /ready}, serving and not shutting down — deliberately blind to Kafka).
 */
package dev.walletplatform.gateway.health;
