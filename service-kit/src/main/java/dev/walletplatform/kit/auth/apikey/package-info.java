/** Scoped API keys for internal callers and operators (admin endpoints, internal APIs). */
package dev.walletplatform.kit.auth.apikey;
