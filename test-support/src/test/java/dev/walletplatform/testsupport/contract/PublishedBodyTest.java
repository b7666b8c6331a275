package dev.walletplatform.testsupport.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The contract checks the body that was sent, read again from the request's publisher. */
class PublishedBodyTest {
  private static final URI URI_ = URI.create("https://localhost:8443/v1/transfers");

  @Test
  void readsTheBodyOfEachReplayablePublisherTheTestsUse() {
    byte[] json = "{\"amount\":\"0.015\"}".getBytes(StandardCharsets.UTF_8);

    assertThat(
            PublishedBody.bytesOf(
                HttpRequest.newBuilder(URI_)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"amount\":\"0.015\"}"))
                    .build()))
        .isEqualTo(json);
    assertThat(
            PublishedBody.bytesOf(
                HttpRequest.newBuilder(URI_)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json))
                    .build()))
        .isEqualTo(json);
    assertThat(
            PublishedBody.bytesOf(
                HttpRequest.newBuilder(URI_)
                    .POST(
                        HttpRequest.BodyPublishers.ofInputStream(
                            () -> new ByteArrayInputStream(json)))
                    .build()))
        .isEqualTo(json);
  }

  @Test
  void readsNoBodyOfAGetOrOfNoBody() {
    assertThat(PublishedBody.bytesOf(HttpRequest.newBuilder(URI_).GET().build())).isEmpty();
    assertThat(
            PublishedBody.bytesOf(
                HttpRequest.newBuilder(URI_)
                    .method("DELETE", HttpRequest.BodyPublishers.noBody())
                    .build()))
        .isEmpty();
  }
}
