/**
 * The platform as separate OS processes sized for faults: three brokers, two gateways, two
 * appliers.
 */
package dev.walletplatform.faults.platform;
