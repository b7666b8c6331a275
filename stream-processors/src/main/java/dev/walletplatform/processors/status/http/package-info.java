/**
 * The status view's internal HTTP endpoint: {@link
 * dev.walletplatform.processors.status.http.CommandStatusResource}.
 */
package dev.walletplatform.processors.status.http;
