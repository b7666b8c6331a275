/**
 * The whole platform on embedded defaults: {@link dev.walletplatform.local.LocalPlatform} starts
 * Kafka, PostgreSQL, the schema registry and the three services as child processes, seeds demo
 * wallets, drives a burst over HTTPS and reports what happened.
 */
package dev.walletplatform.local;
