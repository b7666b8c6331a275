/**
 * The run's steps over the running platform and the baselines: seed, measure capacities, the
 * half-rate latency phase, the burst on the platform and on naive fan-out; {@link
 * dev.walletplatform.bench.scenario.BurstBench} runs them in order.
 */
package dev.walletplatform.bench.scenario;
