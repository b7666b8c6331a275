/**
 * The gateway's own refusals (authentication, transport, availability) as {@link
 * dev.walletplatform.gateway.error.GatewayException}; input errors stay the domain's {@code
 * InvalidInputException}, and both are rendered by the one HTTP error mapper.
 */
package dev.walletplatform.gateway.error;
