/**
 * The ingest gateway: authenticate, validate, derive the command id, produce to Kafka with
 * acks=all, answer 202 — or a documented error. Entry point: {@link
 * dev.walletplatform.gateway.GatewayApplication}.
 */
package dev.walletplatform.gateway;
