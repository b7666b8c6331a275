/**
 * The ledger's rules, pure (no JDBC, no Kafka, no clock): {@link
 * dev.walletplatform.processors.ledger.rules.LedgerRules} decides one message, {@link
 * dev.walletplatform.processors.ledger.rules.LedgerBatch} a batch in record order over the locked
 * rows of a {@link dev.walletplatform.processors.ledger.rules.BatchState}.
 */
package dev.walletplatform.processors.ledger.rules;
