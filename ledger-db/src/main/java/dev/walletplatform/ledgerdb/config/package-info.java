/** Immutable, validated database settings read from each service's YAML. */
package dev.walletplatform.ledgerdb.config;
