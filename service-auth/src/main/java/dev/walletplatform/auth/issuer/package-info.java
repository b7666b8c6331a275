/**
 * A token issuer for the local runtime, tests and benchmarks only: it generates its own signing key
 * at start (nothing secret is committed) and publishes the public half as a JWKS file. Production
 * tokens come from the identity provider.
 */
package dev.walletplatform.auth.issuer;
