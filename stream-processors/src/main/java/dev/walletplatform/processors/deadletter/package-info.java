/**
 * Poison records: {@link dev.walletplatform.processors.deadletter.DeadLetterRecords} builds the
 * record sent to wallet.deadletters.v1 (original bytes, error and source position in headers).
 */
package dev.walletplatform.processors.deadletter;
