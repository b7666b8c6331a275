/**
 * Bearer-token authentication of read clients (spine version, to be unified with the gateway's);
 * {@link dev.walletplatform.walletservice.auth.BearerTokenFilter} guards every endpoint.
 */
package dev.walletplatform.walletservice.auth;
