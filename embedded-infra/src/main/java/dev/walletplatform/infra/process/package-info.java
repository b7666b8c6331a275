/**
 * Child JVMs with their output in a log file, killable and pausable for fault tests; the entry
 * point is {@link dev.walletplatform.infra.process.JavaProcess#builder(String)}.
 */
package dev.walletplatform.infra.process;
