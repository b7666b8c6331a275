/**
 * Admin probes: {@code /live} (this process's own trouble only), {@code /ready} (serving; not the
 * database) and the informational database check; {@link
 * dev.walletplatform.walletservice.health.ProbeServlet} answers both probes.
 */
package dev.walletplatform.walletservice.health;
