package dev.walletplatform.kit.http;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /openapi.yaml}: the service's contract, unauthenticated (client generators and humans
 * fetch it), straight from the service's jar, where the build packages it.
 */
@Path("/" + OpenApiResource.PATH)
public final class OpenApiResource {
  /** The path, relative to the application root as Jersey matches it. */
  public static final String PATH = "openapi.yaml";

  private final byte[] document;

  /**
   * @param owner a class of the service whose {@code /openapi.yaml} resource this serves
   */
  public OpenApiResource(Class<?> owner) {
    try (InputStream in = owner.getResourceAsStream("/" + PATH)) {
      if (in == null) {
        throw new IllegalStateException(
            "/"
                + PATH
                + " is missing from "
                + owner.getName()
                + "'s classpath; the build should package it");
      }
      this.document = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("could not read /" + PATH, e);
    }
  }

  @GET
  @Produces({"application/yaml", "text/yaml", "text/plain"})
  public byte[] document() {
    return document.clone();
  }
}
