/**
 * The HTTP surface: the three command endpoints (e.g. {@link
 * dev.walletplatform.gateway.http.TransferResource}) share {@link
 * dev.walletplatform.gateway.http.CommandSubmission}; the service kit's error mapper renders every
 * error.
 */
package dev.walletplatform.gateway.http;
