/** The Kafka client settings the platform's writers and readers share. */
package dev.walletplatform.schemas.clients;
