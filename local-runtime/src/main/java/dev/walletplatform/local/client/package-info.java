/** HTTPS clients of the platform's public APIs, as a mobile app would call them. */
package dev.walletplatform.local.client;
