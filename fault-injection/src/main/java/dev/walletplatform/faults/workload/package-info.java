/**
 * Clients, an internal deposit producer, balance readers and a poison injector, all recording a
 * {@link dev.walletplatform.faults.workload.History}.
 */
package dev.walletplatform.faults.workload;
