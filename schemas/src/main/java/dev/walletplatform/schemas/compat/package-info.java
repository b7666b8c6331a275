/**
 * The build-time guard that a schema change can still read data written with the last released
 * schemas; {@link dev.walletplatform.schemas.compat.BackwardCompatibilityCheck} is the entry point.
 */
package dev.walletplatform.schemas.compat;
