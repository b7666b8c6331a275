package dev.walletplatform.gateway.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Adds {@code Strict-Transport-Security} to every response of the public (HTTPS) connector, errors
 * included: a client that once reached the gateway never tries plain HTTP to it again, so a network
 * attacker cannot downgrade it. Set before the chain runs, so every answer below carries it; the
 * errors Jetty renders itself get it from {@link JsonErrorHandler}. Only on secure requests, as RFC
 * 6797 requires.
 */
public final class StrictTransportSecurityFilter implements Filter {
  public static final String HEADER = "Strict-Transport-Security";
  /** One year, subdomains included: the HTTPS-only promise covers the whole API domain. */
  public static final String VALUE = "max-age=31536000; includeSubDomains";

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.isSecure() && response instanceof HttpServletResponse http) {
      http.setHeader(HEADER, VALUE);
    }
    chain.doFilter(request, response);
  }
}
