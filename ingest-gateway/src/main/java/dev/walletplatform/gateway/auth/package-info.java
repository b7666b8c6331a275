/**
 * Who is calling: {@link dev.walletplatform.gateway.auth.BearerTokenFilter} turns the bearer token
 * into an {@link dev.walletplatform.gateway.auth.AuthenticatedClient} through an {@link
 * dev.walletplatform.gateway.auth.Authenticator} (hashed static tokens now, a JWT verifier later).
 */
package dev.walletplatform.gateway.auth;
