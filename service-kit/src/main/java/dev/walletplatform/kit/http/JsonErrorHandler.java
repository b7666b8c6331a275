package dev.walletplatform.kit.http;

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
 * Errors Jetty answers before Jersey sees the request — a method Dropwizard's allowed-methods
 * filter refuses (TRACE), headers too large (431), an unparsable request line, an ambiguous path
 * (400) — in the same {@link ErrorBody} shape instead of an HTML page, with HSTS on TLS
 * connections. Installed on the server and on every context by the kit.
 */
public final class JsonErrorHandler extends ErrorHandler {
  private final ObjectMapper json;

  public JsonErrorHandler(ObjectMapper json) {
    this.json = json;
  }

  /**
   * Jetty writes bodies only for GET/POST/HEAD errors by default; a refused TRACE deserves one too.
   */
  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int status,
      String message,
      Throwable cause,
      Callback callback)
      throws IOException {
    HttpErrorCode code = HttpErrorCode.forStatus(status);
    // Jetty's 4xx messages describe the request ("Ambiguous URI path separator"); a 5xx one may
    // describe internals
    String text =
        status < 500 && message != null && !message.isBlank() ? message : code.description();
    byte[] body =
        json.writeValueAsBytes(new ErrorBody(code.name(), text, Map.of("status", status)));
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    if (request.isSecure() || request.getConnectionMetaData().isSecure()) {
      // errors Jetty answers before (or instead of) the handlers lost what the request customizer
      // added
      response
          .getHeaders()
          .put(HttpHeader.STRICT_TRANSPORT_SECURITY, StrictTransportSecurity.VALUE);
    }
    response.write(true, ByteBuffer.wrap(body), callback);
  }
}
