/**
 * The ledger's view of a Kafka message: {@link
 * dev.walletplatform.processors.ledger.model.LedgerMessage} (id, source position, {@link
 * dev.walletplatform.processors.ledger.model.Instruction}) and its {@link
 * dev.walletplatform.processors.ledger.model.Outcome}. No Kafka, Avro or JDBC types here.
 */
package dev.walletplatform.processors.ledger.model;
