/**
 * What screening and the applier measure alike: the time from the gateway's 202 to a hop's decision
 * ({@link dev.walletplatform.processors.metrics.AcceptToDecision}), the platform's first-class SLI.
 */
package dev.walletplatform.processors.metrics;
