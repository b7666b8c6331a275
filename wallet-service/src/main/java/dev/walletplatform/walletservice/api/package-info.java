/**
 * The HTTP API: JAX-RS resources, their response records and the one error mapper; {@link
 * dev.walletplatform.walletservice.api.ErrorResponseMapper} renders every error as {@link
 * dev.walletplatform.walletservice.api.ApiError}.
 */
package dev.walletplatform.walletservice.api;
