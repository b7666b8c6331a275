package dev.walletplatform.gateway.http;

import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** One request of the validation table: a valid request with one thing changed. */
record TestRequest(String method, String path, Map<String, String> headers, byte[] body) {
  static final String JSON = "application/json";

  static TestRequest post(String path, String body) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Authorization", "Bearer " + GatewayResources.TOKEN);
    headers.put("Idempotency-Key", "key-" + Long.toHexString(System.nanoTime()));
    headers.put("Content-Type", JSON);
    return new TestRequest("POST", path, headers, body.getBytes(StandardCharsets.UTF_8));
  }

  TestRequest header(String name, String value) {
    Map<String, String> changed = new LinkedHashMap<>(headers);
    changed.put(name, value);
    return new TestRequest(method, path, changed, body);
  }

  TestRequest without(String header) {
    Map<String, String> changed = new LinkedHashMap<>(headers);
    changed.remove(header);
    return new TestRequest(method, path, changed, body);
  }

  TestRequest method(String otherMethod) {
    return new TestRequest(otherMethod, path, headers, body);
  }

  TestRequest rawBody(byte[] otherBody) {
    return new TestRequest(method, path, headers, otherBody);
  }

  Response send(ResourceExtension resources) {
    Invocation.Builder request = resources.target(path).request();
    headers.forEach(
        (name, value) -> {
          if (!"Content-Type".equals(name)) {
            request.header(name, value);
          }
        });
    if (!"POST".equals(method)) {
      return request.method(method);
    }
    String type = headers.getOrDefault("Content-Type", "application/octet-stream");
    return request.method(method, Entity.entity(body, type));
  }
}
