package dev.walletplatform.gateway.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.walletplatform.gateway.error.GatewayErrorCode;
import dev.walletplatform.gateway.http.model.ErrorResponse;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers before Jersey sees the request — a method Dropwizard's allowed-methods filter
 * refuses (TRACE), headers too large (431), an unparsable request (400) — in the same {@link
 * ErrorResponse} shape instead of an HTML page. Installed on the server and the application context.
 */
public final class JsonErrorHandler extends ErrorHandler {
  private final ObjectMapper json;

  public JsonErrorHandler(ObjectMapper json) {
    this.json = json;
  }

  /** Jetty writes bodies only for GET/POST/HEAD errors; a refused TRACE deserves one too. */
  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  protected boolean generateAcceptableResponse(
      Request request, Response response, Callback callback, String contentType, List<Charset> charsets,
      int code, String message, Throwable cause) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    if (request.isSecure() || request.getConnectionMetaData().isSecure()) {
      // errors Jetty answers before any filter ran (431, a bad request line) get it here; those are
      // not customized yet, so the connection says whether TLS carried them
      response.getHeaders().put(HttpHeader.STRICT_TRANSPORT_SECURITY, StrictTransportSecurityFilter.VALUE);
    }
    response.write(true, ByteBuffer.wrap(body(code)), callback);
    return true;
  }

  private byte[] body(int status) {
    GatewayErrorCode code = GatewayErrorCode.forStatus(status);
    try {
      return json.writeValueAsBytes(new ErrorResponse(code.name(), code.description(), Map.of("status", status)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render an error record", e);
    }
  }
}
