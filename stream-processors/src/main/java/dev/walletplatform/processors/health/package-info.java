/**
 * /live and /ready on the admin port, judged on this process alone (never Kafka or the database):
 * {@link dev.walletplatform.processors.health.ApplierHealth} is the entry point.
 */
package dev.walletplatform.processors.health;
