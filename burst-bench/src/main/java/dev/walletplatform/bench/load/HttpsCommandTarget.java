package dev.walletplatform.bench.load;

import dev.walletplatform.local.client.GatewayHttp;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Function;
import javax.net.ssl.SSLContext;

/**
 * Sends the mix's requests over HTTPS (HTTP/1.1, kept-alive connections) with a bearer token, to
 * the gateway or to a baseline serving the same paths under a prefix. One JDK client per target,
 * used from many virtual threads at once.
 */
public final class HttpsCommandTarget implements LoadTarget {
  private static final String COMMAND_ID = "\"command_id\":\"";

  private final URI base;
  private final String pathPrefix;
  private final Function<String, String> tokenForWallet;
  private final RequestMix mix;
  private final Duration timeout;
  private final HttpClient http;

  /**
   * @param tokenForWallet the bearer token of the user owning a wallet (each mobile user holds a
   *     token for their own wallet; the gateway verifies its signature on every request)
   */
  public HttpsCommandTarget(
      URI base,
      String pathPrefix,
      Function<String, String> tokenForWallet,
      SSLContext tls,
      RequestMix mix,
      Duration timeout) {
    this.base = base;
    this.pathPrefix = pathPrefix;
    this.tokenForWallet = tokenForWallet;
    this.mix = mix;
    this.timeout = timeout;
    this.http = GatewayHttp.client(tls, timeout);
  }

  @Override
  public Answer send(long seq) {
    WalletRequest request = mix.request(seq);
    HttpRequest http1 =
        GatewayHttp.commandPost(
            base.resolve(pathPrefix + request.path()),
            tokenForWallet.apply(request.actingWallet()),
            request.idempotencyKey(),
            request.jsonBody(),
            timeout);
    try {
      HttpResponse<String> response = http.send(http1, HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), commandId(response.body()));
    } catch (IOException e) {
      return Answer.noAnswer();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Answer.noAnswer();
    }
  }

  /** The command id of a 202/200 body without a JSON parser on the hot path; null when absent. */
  static String commandId(String body) {
    int at = body == null ? -1 : body.indexOf(COMMAND_ID);
    if (at < 0) {
      return null;
    }
    int start = at + COMMAND_ID.length();
    int end = body.indexOf('"', start);
    return end < 0 ? null : body.substring(start, end);
  }

  @Override
  public String toString() {
    return "HttpsCommandTarget[" + base.resolve(pathPrefix + "/") + "]";
  }
}
