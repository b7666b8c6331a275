/**
 * Metrics through Micrometer's Prometheus registry, once for every service: {@link
 * dev.walletplatform.kit.metrics.ServiceMeters} owns a service's registry and binds the JVM's,
 * Jetty's and HTTP requests' meters; {@link dev.walletplatform.kit.metrics.MetricsServlet} serves
 * it at the admin port's {@code /metrics}; {@link dev.walletplatform.kit.metrics.LatencyBuckets}
 * makes every latency a histogram with the same buckets, so quantiles add up across pods.
 */
package dev.walletplatform.kit.metrics;
