package dev.walletplatform.gateway.http;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code GET /openapi.yaml}: the contract, unauthenticated, straight from the jar. */
@Path("/" + OpenApiEndpoint.PATH)
public final class OpenApiEndpoint {
  public static final String PATH = "openapi.yaml";
  private static final String RESOURCE = "/openapi.yaml";

  private final byte[] document;

  public OpenApiEndpoint() {
    try (InputStream in = OpenApiEndpoint.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      this.document = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  @GET
  @Produces({"application/yaml", "text/yaml", "text/plain"})
  public byte[] document() {
    return document.clone();
  }
}
