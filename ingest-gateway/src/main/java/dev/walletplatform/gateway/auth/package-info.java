/**
 * Who is calling and what they may touch: {@link dev.walletplatform.gateway.auth.BearerTokenFilter}
 * verifies the bearer JWT into a {@code dev.walletplatform.auth.Caller}; a command on a wallet the
 * caller does not own is a {@link dev.walletplatform.gateway.auth.WalletNotOwnedException}.
 */
package dev.walletplatform.gateway.auth;
