/**
 * The demo burst: a realistic mix of wallet requests sent concurrently over HTTPS, and what came
 * back.
 */
package dev.walletplatform.local.demo;
