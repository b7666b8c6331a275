package dev.walletplatform.walletservice.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Serves the API description without authentication, so client generators and humans can fetch it. */
@Path("/openapi.yaml")
public final class OpenApiResource {
  static final String LOCATION = "/openapi.yaml";
  private final byte[] document;

  public OpenApiResource() {
    try (InputStream in = OpenApiResource.class.getResourceAsStream(LOCATION)) {
      if (in == null) {
        throw new IllegalStateException(LOCATION + " is missing from the classpath; the build should package it");
      }
      this.document = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + LOCATION, e);
    }
  }

  @GET
  @Produces({"application/yaml", "text/yaml", "text/plain"})
  public byte[] document() {
    return document.clone();
  }
}
