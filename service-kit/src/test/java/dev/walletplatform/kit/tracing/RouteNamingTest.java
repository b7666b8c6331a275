package dev.walletplatform.kit.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.glassfish.jersey.uri.UriTemplate;
import org.junit.jupiter.api.Test;

class RouteNamingTest {
  @Test
  void joinsTheMatchedTemplatesOutermostFirst() {
    assertThat(
            RouteNaming.route(
                List.of(new UriTemplate("/balances"), new UriTemplate("/v1/wallets/{wallet}"))))
        .isEqualTo("/v1/wallets/{wallet}/balances");
    assertThat(RouteNaming.route(List.of(new UriTemplate("/v1/transfers"))))
        .isEqualTo("/v1/transfers");
    assertThat(RouteNaming.route(List.of(new UriTemplate("/")))).isEqualTo("/");
  }
}
