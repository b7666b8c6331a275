/**
 * The live command-status view: {@link dev.walletplatform.processors.status.CommandStatusTopology}
 * builds it, {@link dev.walletplatform.processors.status.CommandStatusQuery} answers a command id
 * from the owning instance's store.
 */
package dev.walletplatform.processors.status;
