/**
 * The informational database check on the admin {@code /healthcheck} page; {@code /live} and {@code
 * /ready} are the service kit's and deliberately ignore the database.
 */
package dev.walletplatform.walletservice.health;
