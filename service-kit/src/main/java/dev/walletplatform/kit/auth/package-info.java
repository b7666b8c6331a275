/**
 * Who is calling. Mobile clients present bearer JWTs ({@code jwt}): signed RS256/ES256 by the
 * identity provider, verified against its JWKS, carrying the wallets the caller owns. Internal
 * callers and operators present scoped API keys ({@code apikey}). Each service's HTTP filter turns
 * a {@link dev.walletplatform.kit.auth.Caller} or a refusal into its own answers.
 */
package dev.walletplatform.kit.auth;
