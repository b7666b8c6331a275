/**
 * The nemesis: injects one fault at a time into the running platform, heals it, and times the
 * recovery.
 */
package dev.walletplatform.faults.nemesis;
