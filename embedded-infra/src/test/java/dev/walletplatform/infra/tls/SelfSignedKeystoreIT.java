package dev.walletplatform.infra.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SelfSignedKeystoreIT {
  @TempDir Path dir;

  @Test
  void clientContextCompletesAHandshakeWithAServerUsingTheKeystore() throws Exception {
    SelfSignedKeystore keystore = SelfSignedKeystore.generate(dir);

    try (SSLServerSocket server =
        (SSLServerSocket)
            keystore
                .serverSslContext()
                .getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Thread echo = Thread.ofVirtual().start(() -> echoOnce(server));
      try (SSLSocket client =
          (SSLSocket)
              keystore
                  .clientSslContext()
                  .getSocketFactory()
                  .createSocket("127.0.0.1", server.getLocalPort())) {
        client.startHandshake();
        client.getOutputStream().write(7);
        client.getOutputStream().flush();
        assertThat(client.getInputStream().read()).isEqualTo(7);
      }
      echo.join();
    }
  }

  @Test
  void httpsClientReachesLocalhostWithHostnameVerificationOn() throws Exception {
    SelfSignedKeystore keystore = SelfSignedKeystore.generate(dir);
    HttpsServer server =
        HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(keystore.serverSslContext()));
    server.createContext(
        "/",
        exchange -> {
          byte[] body = "ok".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    try (HttpClient client =
        HttpClient.newBuilder().sslContext(keystore.clientSslContext()).build()) {
      URI uri = URI.create("https://localhost:" + server.getAddress().getPort() + "/");

      HttpResponse<String> response =
          client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());

      assertThat(response.body()).isEqualTo("ok");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void defaultTrustStoreRejectsTheSelfSignedCertificate() throws Exception {
    SelfSignedKeystore keystore = SelfSignedKeystore.generate(dir);

    try (SSLServerSocket server =
        (SSLServerSocket)
            keystore
                .serverSslContext()
                .getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Thread.ofVirtual().start(() -> echoOnce(server));
      try (SSLSocket client =
          (SSLSocket)
              SSLContext.getDefault()
                  .getSocketFactory()
                  .createSocket("127.0.0.1", server.getLocalPort())) {
        assertThatThrownBy(client::startHandshake).isInstanceOf(SSLHandshakeException.class);
      }
    }
  }

  @Test
  void certificateIsForLocalhostAndPasswordStaysOutOfToString() throws Exception {
    SelfSignedKeystore keystore = SelfSignedKeystore.generate(dir);

    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore.path())) {
      store.load(in, keystore.password().toCharArray());
    }
    X509Certificate cert = (X509Certificate) store.getCertificate(SelfSignedKeystore.ALIAS);

    assertThat(keystore.path()).hasExtension("p12").startsWith(dir);
    assertThat(cert.getSubjectX500Principal().getName()).isEqualTo("CN=localhost");
    assertThat(cert.getSubjectAlternativeNames().stream().map(san -> String.valueOf(san.get(1))))
        .contains("localhost", "127.0.0.1");
    assertThat(cert.getPublicKey().getAlgorithm()).isEqualTo("RSA");
    assertThat(keystore.toString()).doesNotContain(keystore.password());
  }

  private static void echoOnce(SSLServerSocket server) {
    try (SSLSocket socket = (SSLSocket) server.accept()) {
      int b = socket.getInputStream().read();
      socket.getOutputStream().write(b);
      socket.getOutputStream().flush();
    } catch (IOException e) {
      // the rejecting-client test ends the handshake abruptly; nothing to echo then
    }
  }
}
