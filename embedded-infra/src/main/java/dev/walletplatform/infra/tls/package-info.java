/**
 * Throwaway TLS material for HTTPS in local runs and tests; the entry point is {@link
 * dev.walletplatform.infra.tls.SelfSignedKeystore#generate(java.nio.file.Path)}.
 */
package dev.walletplatform.infra.tls;
