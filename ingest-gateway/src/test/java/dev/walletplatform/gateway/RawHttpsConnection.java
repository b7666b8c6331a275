package dev.walletplatform.gateway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * One HTTP/1.1 connection over TLS, written byte by byte, for what a pooled client hides: when the
 * body goes out after the headers, and whether the same connection answers a second request.
 */
final class RawHttpsConnection implements AutoCloseable {
  private final SSLSocket socket;
  private final OutputStream out;
  private final InputStream in;

  RawHttpsConnection(SSLContext tls, int port) throws IOException {
    socket = (SSLSocket) tls.getSocketFactory().createSocket("localhost", port);
    socket.setSoTimeout((int) GatewayHttpsClient.TIMEOUT.toMillis());
    socket.startHandshake();
    out = socket.getOutputStream();
    in = socket.getInputStream();
  }

  /** The request line and headers of a JSON POST whose body of {@code bodyLength} bytes follows. */
  void sendHead(String path, String token, String idempotencyKey, int bodyLength)
      throws IOException {
    StringBuilder head =
        new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n")
            .append("Content-Type: application/json\r\n")
            .append("Idempotency-Key: ")
            .append(idempotencyKey)
            .append("\r\n")
            .append("Content-Length: ")
            .append(bodyLength)
            .append("\r\n");
    if (token != null) {
      head.append("Authorization: Bearer ").append(token).append("\r\n");
    }
    out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  void sendBody(String body) throws IOException {
    out.write(body.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** The next response on this connection; an {@link IOException} if the server closed it first. */
  Answer read() throws IOException {
    String statusLine = line();
    if (statusLine == null) {
      throw new IOException("the connection was closed before a response");
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (String line = line(); line != null && !line.isEmpty(); line = line()) {
      int colon = line.indexOf(':');
      headers.put(
          line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
          line.substring(colon + 1).trim());
    }
    int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
    String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
    return new Answer(Integer.parseInt(statusLine.split(" ")[1]), headers, body);
  }

  private String line() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b == -1) {
        return line.size() == 0 ? null : line.toString(StandardCharsets.US_ASCII);
      }
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.US_ASCII);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }

  record Answer(int status, Map<String, String> headers, String body) {
    boolean closesConnection() {
      return "close".equalsIgnoreCase(headers.get("connection"));
    }
  }
}
