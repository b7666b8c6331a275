/**
 * Request rates: {@link dev.walletplatform.gateway.ratelimit.RateLimiter} keeps a token bucket per
 * authenticated client and one for the pod, and refuses with 429 and a computed Retry-After.
 */
package dev.walletplatform.gateway.ratelimit;
