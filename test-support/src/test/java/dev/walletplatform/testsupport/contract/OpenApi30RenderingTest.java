package dev.walletplatform.testsupport.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A 3.1 rule the validator could not check fails the load, rather than being dropped unseen. */
class OpenApi30RenderingTest {
  private static final String DOCUMENT =
      """
      openapi: 3.1.0
      info: {title: t, version: '1', summary: s}
      paths: {}
      components:
        schemas:
          Thing:
            type: object
            properties:
              type: { type: [string, 'null'] }
              if: { const: 1 }
              %s
      """;

  @Test
  void rendersTypeListsAndConstantsAndKeepsPropertiesNamedLikeKeywords() {
    String rendered = OpenApi30Rendering.of(DOCUMENT.formatted("size: { type: integer }"));

    assertThat(rendered)
        .contains("\"openapi\":\"3.0.3\"")
        .contains("\"type\":{\"type\":\"string\",\"nullable\":true}")
        .contains("\"if\":{\"enum\":[1]}")
        .doesNotContain("summary");
  }

  @Test
  void refusesAConstructThreeZeroCannotExpress() {
    assertThatThrownBy(
            () -> OpenApi30Rendering.of(DOCUMENT.formatted("size: { type: [integer, string] }")))
        .hasMessageContaining(
            "/components/schemas/Thing/properties/size: type [\"integer\",\"string\"]");
    assertThatThrownBy(
            () ->
                OpenApi30Rendering.of(
                    DOCUMENT.formatted("size: { type: number, exclusiveMinimum: 0 }")))
        .hasMessageContaining(
            "/components/schemas/Thing/properties/size: numeric exclusiveMinimum");
    assertThatThrownBy(
            () ->
                OpenApi30Rendering.of(
                    DOCUMENT.formatted("size: { oneOf: [{type: 'null'}, {type: integer}] }")))
        .hasMessageContaining("type 'null' alone");
  }
}
