/**
 * Same key, same body, same answer: {@link dev.walletplatform.gateway.idempotency.RequestHash}
 * fingerprints a command and {@link dev.walletplatform.gateway.idempotency.IdempotencyCache}
 * remembers, per pod, which (client, key) pairs Kafka already acknowledged.
 */
package dev.walletplatform.gateway.idempotency;
