/**
 * Avro records of the platform topics for humans: {@link
 * dev.walletplatform.walletctl.avro.JsonRecords} (validated JSON in, readable JSON out) and {@link
 * dev.walletplatform.walletctl.avro.EnvelopeDecoder} (wire format to record and message id).
 */
package dev.walletplatform.walletctl.avro;
