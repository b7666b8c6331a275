/**
 * Input errors with machine-readable codes; {@link
 * dev.walletplatform.domain.error.InvalidInputException} is the entry point.
 */
package dev.walletplatform.domain.error;
