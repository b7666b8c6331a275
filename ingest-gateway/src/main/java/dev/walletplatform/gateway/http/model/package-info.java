/**
 * The JSON shapes of the public API: the three request bodies, {@link
 * dev.walletplatform.gateway.http.model.CommandAccepted} and the one {@link
 * dev.walletplatform.gateway.http.model.ErrorResponse} record every error is rendered as.
 */
package dev.walletplatform.gateway.http.model;
