/**
 * Options shared by commands (cluster, registry, database, operator) and how their defaults come
 * from the environment; {@link dev.walletplatform.walletctl.config.TimeArgument} parses times (UTC
 * unless a zone is given).
 */
package dev.walletplatform.walletctl.config;
