package dev.walletplatform.walletservice.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own errors, for requests refused before Jersey sees them (undecodable percent-escapes,
 * an encoded '/' in a path segment, oversized headers), rendered as the same {@link ApiError}
 * instead of Jetty's HTML page, with the HSTS header on TLS connections. Installed on the server and
 * on the application context.
 */
public final class JsonErrorHandler extends ErrorHandler {
  private final ObjectMapper json;

  public JsonErrorHandler(ObjectMapper json) {
    this.json = json;
  }

  @Override
  protected void generateResponse(
      Request request, Response response, int status, String message, Throwable cause, Callback callback)
      throws IOException {
    ServiceErrorCode code = ServiceErrorCode.forStatus(status);
    // Jetty's 4xx messages describe the request ("Ambiguous URI path separator"); a 5xx one may describe internals.
    String text = status < 500 && message != null && !message.isBlank() ? message : code.description();
    byte[] body = json.writeValueAsBytes(new ApiError(code.name(), text, Map.of()));
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    if (request.getConnectionMetaData().isSecure()) {
      // errors Jetty answers before (or instead of) the handlers lost what the request customizer added
      response.getHeaders().put(StrictTransportSecurity.HEADER, StrictTransportSecurity.VALUE);
    }
    generateCacheControl(response);
    response.write(true, ByteBuffer.wrap(body), callback);
  }
}
