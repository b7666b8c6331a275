/**
 * The gateway's own refusals — body limits and capacity ({@link
 * dev.walletplatform.gateway.error.GatewayErrorCode}) — as the kit's {@code ApiException}; input
 * errors stay the domain's {@code InvalidInputException}, and the kit's one error mapper renders
 * both.
 */
package dev.walletplatform.gateway.error;
