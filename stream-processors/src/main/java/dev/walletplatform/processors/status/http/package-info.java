/**
 * The status view's internal HTTP endpoint: {@link
 * dev.walletplatform.processors.status.http.CommandStatusEndpoint}.
 */
package dev.walletplatform.processors.status.http;
