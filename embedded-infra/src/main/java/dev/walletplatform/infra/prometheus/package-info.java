/**
 * A real Prometheus server (the {@code prometheus} binary of Debian's package, installed by
 * scripts/ensure-prometheus.sh) scraping given targets, for tests and local runs that check metrics
 * and alert expressions against live scrapes; the entry point is {@link
 * dev.walletplatform.infra.prometheus.PrometheusServer}.
 */
package dev.walletplatform.infra.prometheus;
