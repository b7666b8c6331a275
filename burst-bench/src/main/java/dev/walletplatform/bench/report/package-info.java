/**
 * Writes a run's results: {@link dev.walletplatform.bench.report.BenchReport} (markdown) and {@link
 * dev.walletplatform.bench.report.TimelineChart} (a PNG drawn with Java2D, no chart library).
 */
package dev.walletplatform.bench.report;
