/**
 * Who is calling and what it may read: {@link dev.walletplatform.walletservice.auth.BearerTokenFilter}
 * verifies the identity provider's JWT on every endpoint (service-auth's {@code JwtVerifier}); resources
 * read the {@code Caller} through {@link dev.walletplatform.walletservice.auth.Callers} and refuse
 * wallets it does not own.
 */
package dev.walletplatform.walletservice.auth;
