/**
 * The HTTP surface: the three command endpoints (e.g. {@link
 * dev.walletplatform.gateway.http.TransferEndpoint}) share {@link
 * dev.walletplatform.gateway.http.CommandSubmission}; {@link
 * dev.walletplatform.gateway.http.ErrorResponseMapper} renders every error.
 */
package dev.walletplatform.gateway.http;
