/**
 * Abuse screening in front of the ledger applier: {@link
 * dev.walletplatform.processors.screening.ScreeningTopology} is the entry point (windowed limits
 * per device and per wallet, the campaign budget, each command id counted once).
 */
package dev.walletplatform.processors.screening;
