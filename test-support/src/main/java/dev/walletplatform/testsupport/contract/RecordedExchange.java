package dev.walletplatform.testsupport.contract;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * One request a test sent and the answer it got, as the contract sees them: the raw path and query
 * as they went on the wire, the headers the test set (the client adds Host and Content-Length), the
 * body bytes, and the answer's status, headers and body.
 */
public record RecordedExchange(
    String method,
    String rawPath,
    String rawQuery,
    Map<String, List<String>> requestHeaders,
    byte[] requestBody,
    int status,
    Map<String, List<String>> responseHeaders,
    String responseBody) {

  public RecordedExchange {
    requestHeaders = Map.copyOf(requestHeaders);
    requestBody = requestBody.clone();
    responseHeaders = Map.copyOf(responseHeaders);
  }

  /**
   * The exchange of a {@code java.net.http} request; its body is read again from its (replayable)
   * publisher.
   */
  public static RecordedExchange of(HttpRequest request, HttpResponse<String> response) {
    URI uri = request.uri();
    return new RecordedExchange(
        request.method(),
        uri.getRawPath(),
        uri.getRawQuery(),
        request.headers().map(),
        PublishedBody.bytesOf(request),
        response.statusCode(),
        response.headers().map(),
        response.body());
  }

  @Override
  public byte[] requestBody() {
    return requestBody.clone();
  }

  /** What a failure message names: {@code POST /v1/transfers -> 400}. */
  @Override
  public String toString() {
    return method
        + " "
        + rawPath
        + (rawQuery == null ? "" : "?" + abbreviated(rawQuery, 80))
        + " -> "
        + status;
  }

  static String abbreviated(String text, int max) {
    return text.length() <= max
        ? text
        : text.substring(0, max) + "... (" + text.length() + " chars)";
  }
}
