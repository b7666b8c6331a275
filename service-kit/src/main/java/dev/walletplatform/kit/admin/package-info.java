/**
 * Admin-port pieces every service shares; {@link
 * dev.walletplatform.kit.admin.PrometheusMetricsServlet} serves the Dropwizard metric registry as
 * Prometheus text at {@code /metrics}.
 */
package dev.walletplatform.kit.admin;
