/**
 * The gateway's YAML configuration as immutable, validated records; {@link
 * dev.walletplatform.gateway.config.GatewayConfiguration} is the root Dropwizard reads.
 */
package dev.walletplatform.gateway.config;
