/**
 * The HTTP API: JAX-RS resources, their response records and this service's error codes ({@link
 * dev.walletplatform.walletservice.api.WalletServiceErrorCode}); the service kit's error mapper
 * renders every error.
 */
package dev.walletplatform.walletservice.api;
