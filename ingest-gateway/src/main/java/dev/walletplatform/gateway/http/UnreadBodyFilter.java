package dev.walletplatform.gateway.http;

import dev.walletplatform.kit.auth.Caller;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.io.IOException;
import java.io.InputStream;

/**
 * Settles the request body a refusal did not read, before the answer is written. Jetty reads what
 * is left only if it has already arrived; otherwise it drops the connection after the answer
 * without saying so, and a pooling client's next request on it gets no answer at all (a 429 burst
 * did that to a client). So: an authenticated caller's body within the size limit is read to its
 * end and the connection stays usable; anything else (an anonymous caller, whose body the gateway
 * never reads, or a body over the limit) is answered with {@code Connection: close}.
 */
@Priority(Priorities.HEADER_DECORATOR)
public final class UnreadBodyFilter implements ContainerResponseFilter {
  private static final String TRANSFER_ENCODING = "Transfer-Encoding";

  private final long maxBodyBytes;

  public UnreadBodyFilter(long maxBodyBytes) {
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getStatus() < 400 || !hasBody(request)) {
      return;
    }
    boolean authenticated = request.getSecurityContext().getUserPrincipal() instanceof Caller;
    if (!authenticated
        || request.getLength() > maxBodyBytes
        || !readToEnd(request.getEntityStream())) {
      response.getHeaders().putSingle("Connection", "close");
    }
  }

  private static boolean hasBody(ContainerRequestContext request) {
    return request.getLength() > 0 || request.getHeaderString(TRANSFER_ENCODING) != null;
  }

  /** Reads what is left of the body (nothing, once an endpoint has read it), at most the limit. */
  private boolean readToEnd(InputStream body) {
    byte[] buffer = new byte[4096];
    long left = maxBodyBytes;
    try {
      for (int read = body.read(buffer); read != -1; read = body.read(buffer)) {
        left -= read;
        if (left < 0) {
          return false;
        }
      }
      return true;
    } catch (IOException | IllegalStateException e) {
      // the client went away or the stream is gone: nothing to keep
      return false;
    }
  }
}
