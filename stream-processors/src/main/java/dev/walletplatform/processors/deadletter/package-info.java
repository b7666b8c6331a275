/**
 * Poison records: {@link dev.walletplatform.processors.deadletter.DeadLetterRecords} builds the
 * record sent to wallet.deadletters.v1 (original bytes, error and source position in headers), for
 * the applier and for the Kafka Streams error handlers alike.
 */
package dev.walletplatform.processors.deadletter;
