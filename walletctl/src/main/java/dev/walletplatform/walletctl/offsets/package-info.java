/**
 * {@code walletctl reset-offsets}: {@link dev.walletplatform.walletctl.offsets.ResetOffsetsCommand}
 * plans a reset and refuses it while the group has active members.
 */
package dev.walletplatform.walletctl.offsets;
