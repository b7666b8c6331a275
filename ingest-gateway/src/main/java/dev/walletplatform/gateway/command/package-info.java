/**
 * Validated commands in domain types, built from client strings by {@link
 * dev.walletplatform.gateway.command.CommandValidator}; nothing that fails it ever reaches Kafka.
 */
package dev.walletplatform.gateway.command;
