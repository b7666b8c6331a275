package dev.walletplatform.gateway;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * One HTTPS request of a table: by default a JSON POST with a fresh Idempotency-Key and a valid
 * token of {@link #CLIENT} owning {@link #OWNED}; each row changes one thing. The token is made
 * when the request is built, against the running gateway's issuer.
 */
final class GatewayCall {
  static final String CLIENT = GatewayTestConfig.CLIENT_ID;

  /** The wallets the default token owns; the table's bodies debit or claim into alice-1. */
  static final List<String> OWNED = List.of("alice-1", "carol-3");

  private final String method;
  private final String path;
  private final Function<SecuredGateway, String> authorization;
  private final List<String[]> headers;
  private final byte[] body;
  private final boolean chunked;

  private GatewayCall(
      String method,
      String path,
      Function<SecuredGateway, String> authorization,
      List<String[]> headers,
      byte[] body,
      boolean chunked) {
    this.method = method;
    this.path = path;
    this.authorization = authorization;
    this.headers = List.copyOf(headers);
    this.body = body;
    this.chunked = chunked;
  }

  static GatewayCall post(String path, String body) {
    List<String[]> headers = new ArrayList<>();
    headers.add(new String[] {"Content-Type", "application/json"});
    headers.add(new String[] {"Idempotency-Key", null});
    return new GatewayCall(
        "POST",
        path,
        g -> "Bearer " + g.forged.valid(OWNED),
        headers,
        body.getBytes(StandardCharsets.UTF_8),
        false);
  }

  /** Replaces the Authorization value (null: none sent). */
  GatewayCall authorization(Function<SecuredGateway, String> value) {
    return new GatewayCall(method, path, value, headers, body, chunked);
  }

  /** A bearer token made by {@code token} from the gateway's issuer. */
  GatewayCall bearer(Function<SecuredGateway, String> token) {
    return authorization(g -> "Bearer " + token.apply(g));
  }

  /** Sets a header, replacing a default of that name. */
  GatewayCall header(String name, String value) {
    List<String[]> changed =
        new ArrayList<>(headers.stream().filter(h -> !h[0].equalsIgnoreCase(name)).toList());
    changed.add(new String[] {name, value});
    return new GatewayCall(method, path, authorization, changed, body, chunked);
  }

  /** Adds another header line, keeping any of that name. */
  GatewayCall alsoHeader(String name, String value) {
    List<String[]> changed = new ArrayList<>(headers);
    changed.add(new String[] {name, value});
    return new GatewayCall(method, path, authorization, changed, body, chunked);
  }

  GatewayCall without(String name) {
    if ("Authorization".equalsIgnoreCase(name)) {
      return authorization(g -> null);
    }
    return new GatewayCall(
        method,
        path,
        authorization,
        headers.stream().filter(h -> !h[0].equalsIgnoreCase(name)).toList(),
        body,
        chunked);
  }

  GatewayCall method(String other) {
    return new GatewayCall(other, path, authorization, headers, body, chunked);
  }

  GatewayCall raw(byte[] other) {
    return new GatewayCall(method, path, authorization, headers, other, chunked);
  }

  /** Sends the body without a Content-Length (chunked): the limit must hold while reading. */
  GatewayCall chunked() {
    return new GatewayCall(method, path, authorization, headers, body, true);
  }

  HttpRequest build(SecuredGateway gateway) {
    HttpRequest.Builder request = gateway.client.request(path);
    String auth = authorization.apply(gateway);
    if (auth != null) {
      request.header("Authorization", auth);
    }
    for (String[] header : headers) {
      request.header(header[0], header[1] == null ? "key-" + UUID.randomUUID() : header[1]);
    }
    if (!"POST".equals(method)) {
      return request.method(method, HttpRequest.BodyPublishers.noBody()).build();
    }
    return request
        .POST(
            chunked
                ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                : HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
  }

  @Override
  public String toString() {
    return method + " " + path;
  }
}
