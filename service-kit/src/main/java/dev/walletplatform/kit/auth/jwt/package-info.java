/** Bearer JWT verification against a cached, rotating JWKS. */
package dev.walletplatform.kit.auth.jwt;
