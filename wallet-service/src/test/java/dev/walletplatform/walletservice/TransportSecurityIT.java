package dev.walletplatform.walletservice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletplatform.kit.http.StrictTransportSecurity;
import dev.walletplatform.testsupport.PostgresExtension;
import dev.walletplatform.testsupport.TestDatabase;
import dev.walletplatform.walletservice.db.LedgerFixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a client sees of the transport: TLS 1.2 and 1.3 with AEAD suites only, and HSTS on every
 * response, errors included. Old protocols and weak suites are offered with hand-written
 * ClientHellos, since the JDK's own client would refuse to send them: the server's answer is what
 * is checked.
 */
@ExtendWith(PostgresExtension.class)
class TransportSecurityIT {
  private static final int TLS_1_0 = 0x0301;
  private static final int TLS_1_1 = 0x0302;
  private static final int TLS_1_2 = 0x0303;
  private static final int ECDHE_RSA_AES_128_GCM_SHA256 = 0xc02f;
  private static final int ECDHE_RSA_AES_256_GCM_SHA384 = 0xc030;

  /** CBC suites the JDK enables by default for TLS 1.2 (and the only kind TLS 1.0/1.1 know). */
  private static final int[] CBC_SUITES = {0xc027, 0xc028, 0xc013, 0xc014, 0x003c, 0x002f, 0x0035};

  private static final int EMPTY_RENEGOTIATION_INFO_SCSV = 0x00ff;
  private static final byte HANDSHAKE = 0x16;
  private static final byte ALERT = 0x15;

  private static RunningWalletService service;

  @BeforeAll
  static void start(TestDatabase db, @TempDir Path dir) throws Exception {
    LedgerFixtures.migrated(db.jdbcUrl(), db.username(), db.password(), db.dataSource())
        .customer("alice");
    service =
        RunningWalletService.start(
            dir, db.jdbcUrl(), db.username(), db.password(), Duration.ofSeconds(2));
  }

  @AfterAll
  static void stop() {
    if (service != null) {
      service.close();
    }
  }

  @Test
  void answersAModernHelloSoTheRawClientIsTrustworthy() throws IOException {
    assertThat(firstRecordType(TLS_1_2, ECDHE_RSA_AES_128_GCM_SHA256, ECDHE_RSA_AES_256_GCM_SHA384))
        .as("ServerHello")
        .isEqualTo(HANDSHAKE);
  }

  @Test
  void refusesTls11AndTls10Handshakes() throws IOException {
    assertThat(firstRecordType(TLS_1_1, CBC_SUITES))
        .as("TLS 1.1: an alert or a closed connection, never a ServerHello")
        .isIn(ALERT, (byte) -1);
    assertThat(firstRecordType(TLS_1_0, CBC_SUITES)).as("TLS 1.0").isIn(ALERT, (byte) -1);
  }

  @Test
  void refusesTls12WithoutAnAeadSuite() throws IOException {
    assertThat(firstRecordType(TLS_1_2, CBC_SUITES)).as("CBC suites only").isIn(ALERT, (byte) -1);
  }

  @Test
  void negotiatesAeadSuitesOverTls12AndTls13() throws Exception {
    for (String protocol : List.of("TLSv1.2", "TLSv1.3")) {
      SSLParameters parameters = new SSLParameters();
      parameters.setProtocols(new String[] {protocol});
      try (HttpClient client =
          HttpClient.newBuilder()
              .sslContext(service.keystore().clientSslContext())
              .sslParameters(parameters)
              .version(HttpClient.Version.HTTP_1_1)
              .build()) {
        HttpResponse<String> response =
            client.send(
                service.request("/openapi.yaml").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        SSLSession session = response.sslSession().orElseThrow();
        assertThat(session.getProtocol()).isEqualTo(protocol);
        assertThat(session.getCipherSuite()).containsAnyOf("_GCM_", "_CHACHA20_POLY1305_");
      }
    }
  }

  @Test
  void sendsHstsOnAnswersAndOnEveryKindOfError() {
    String token = "Bearer " + service.tokenFor("alice");
    List<HttpResponse<String>> responses =
        List.of(
            service.get("/v1/wallets/alice/balances"), // 200
            service.send(
                service.request("/v1/wallets/alice/balances").GET().build()), // 401 from the filter
            service.get("/v1/wallets/dave/balances"), // 403
            service.get("/v1/no/such/path"), // 404 from Jersey
            service.get("/v1/wallets/a!/balances"), // 400 from the resource
            service.get("/v1/wallets/a%2Fb/balances"), // 400 from Jetty (ambiguous path)
            service.send(
                service
                    .request("/v1/wallets/alice/balances")
                    .header("Authorization", token)
                    .header("X-Padding", "x".repeat(20_000))
                    .GET()
                    .build())); // 431 from Jetty's parser
    for (HttpResponse<String> response : responses) {
      assertThat(response.headers().allValues("Strict-Transport-Security"))
          .as("%s %d", response.uri(), response.statusCode())
          .containsExactly(StrictTransportSecurity.VALUE);
    }
    assertThat(responses)
        .extracting(HttpResponse::statusCode)
        .containsExactly(200, 401, 403, 404, 400, 400, 431);
    assertThat(StrictTransportSecurity.VALUE).isEqualTo("max-age=31536000; includeSubDomains");
  }

  /**
   * Sends a ClientHello offering {@code version} and {@code suites}; returns the content type of
   * the server's first record (0x16 handshake = ServerHello, 0x15 alert) or -1 when it just closed.
   */
  private static byte firstRecordType(int version, int... suites) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(
          new InetSocketAddress(
              InetAddress.getLoopbackAddress(), service.application().ports().application()),
          5_000);
      socket.setSoTimeout(5_000);
      socket.getOutputStream().write(clientHello(version, suites));
      socket.getOutputStream().flush();
      InputStream in = socket.getInputStream();
      return (byte) in.read();
    } catch (SocketException e) {
      return -1; // reset: refused without an alert
    }
  }

  private static byte[] clientHello(int version, int... suites) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    short16(body, version);
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    body.writeBytes(random);
    body.write(0); // no session id
    short16(body, (suites.length + 1) * 2);
    for (int suite : suites) {
      short16(body, suite);
    }
    short16(body, EMPTY_RENEGOTIATION_INFO_SCSV);
    body.write(1); // one compression method: none
    body.write(0);
    ByteArrayOutputStream extensions = new ByteArrayOutputStream();
    extension(extensions, 0x000a, 0x0004, 0x001d, 0x0017); // supported_groups: x25519, secp256r1
    extensions.writeBytes(
        new byte[] {0x00, 0x0b, 0x00, 0x02, 0x01, 0x00}); // ec_point_formats: uncompressed
    extension(extensions, 0x000d, 0x0006, 0x0804, 0x0401, 0x0403); // signature_algorithms
    short16(body, extensions.size());
    body.writeBytes(extensions.toByteArray());

    ByteArrayOutputStream record = new ByteArrayOutputStream();
    record.write(HANDSHAKE);
    short16(record, TLS_1_0); // record-layer version of a first ClientHello, as browsers send it
    short16(record, body.size() + 4);
    record.write(0x01); // handshake type: ClientHello
    record.write(0);
    short16(record, body.size());
    record.writeBytes(body.toByteArray());
    return record.toByteArray();
  }

  /**
   * An extension whose data is a list of 16-bit values (the first being the list's byte length).
   */
  private static void extension(ByteArrayOutputStream out, int type, int... values) {
    short16(out, type);
    short16(out, values.length * 2);
    for (int value : values) {
      short16(out, value);
    }
  }

  private static void short16(ByteArrayOutputStream out, int value) {
    out.write((value >> 8) & 0xff);
    out.write(value & 0xff);
  }
}
