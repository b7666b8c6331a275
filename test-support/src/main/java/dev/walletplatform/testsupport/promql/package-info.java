/**
 * Reading PromQL without a parser: the series an alert, a canary analysis or a dashboard panel
 * reads. deploy-checks holds them to the metric lists; the live-Prometheus test to a real scrape.
 */
package dev.walletplatform.testsupport.promql;
