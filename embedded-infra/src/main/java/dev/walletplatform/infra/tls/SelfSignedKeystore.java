package dev.walletplatform.infra.tls;

import dev.walletplatform.infra.InfraException;
import dev.walletplatform.infra.process.LogTail;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A fresh PKCS12 keystore holding one RSA 2048 key and a self-signed certificate for {@code
 * localhost} / {@code 127.0.0.1}, valid 30 days, made by the JDK's own {@code keytool} (the format
 * Dropwizard's HTTPS connector reads). Generated per run and never committed.
 *
 * @param path the .p12 file
 * @param password store and key password (random; hidden from {@link #toString()})
 */
public record SelfSignedKeystore(Path path, String password) {
  public static final String ALIAS = "localhost";
  public static final String TYPE = "PKCS12";

  /** Writes {@code localhost-<random>.p12} into {@code directory}. */
  public static SelfSignedKeystore generate(Path directory) {
    byte[] random = new byte[18];
    new SecureRandom().nextBytes(random);
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    Path path =
        directory.resolve("localhost-" + Long.toHexString(new SecureRandom().nextLong()) + ".p12");
    runKeytool(directory, path, password);
    return new SelfSignedKeystore(path, password);
  }

  private static void runKeytool(Path directory, Path path, String password) {
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    List<String> command =
        List.of(
            keytool.toString(),
            "-genkeypair",
            "-noprompt",
            "-alias",
            ALIAS,
            "-keyalg",
            "RSA",
            "-keysize",
            "2048",
            "-validity",
            "30",
            "-dname",
            "CN=localhost",
            "-ext",
            "SAN=dns:localhost,ip:127.0.0.1",
            "-storetype",
            TYPE,
            "-keystore",
            path.toString(),
            // :env keeps the password off the command line, where ps would show it
            "-storepass:env",
            "KEYSTORE_PASSWORD",
            "-keypass:env",
            "KEYSTORE_PASSWORD");
    try {
      Files.createDirectories(directory);
      Path output = Files.createTempFile(directory, "keytool-", ".log");
      ProcessBuilder builder =
          new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
      builder.environment().put("KEYSTORE_PASSWORD", password);
      Process process = builder.start();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new InfraException("keytool did not finish in 60 s: " + LogTail.of(output, 20));
      }
      if (process.exitValue() != 0) {
        throw new InfraException(
            "keytool exited with "
                + process.exitValue()
                + " writing "
                + path
                + ": "
                + LogTail.of(output, 20));
      }
      Files.delete(output);
    } catch (IOException e) {
      throw new InfraException("could not run " + keytool + " to write " + path, e);
    } catch (InterruptedException e) {
      throw InfraException.interrupted("running keytool for " + path, e);
    }
  }

  /** Trusts exactly this certificate, for HTTPS clients of a server using this keystore. */
  public SSLContext clientSslContext() {
    try {
      Certificate certificate = load().getCertificate(ALIAS);
      KeyStore trusted = KeyStore.getInstance(TYPE);
      trusted.load(null, null);
      trusted.setCertificateEntry(ALIAS, certificate);
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(trusted);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context;
    } catch (IOException | GeneralSecurityException e) {
      throw new InfraException("could not build a client SSLContext trusting " + path, e);
    }
  }

  /** Serves this key and certificate, for servers that are not configured by keystore path. */
  public SSLContext serverSslContext() {
    try {
      KeyManagerFactory keys =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(load(), password.toCharArray());
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys.getKeyManagers(), null, null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new InfraException("could not build a server SSLContext from " + path, e);
    }
  }

  private KeyStore load() {
    try (InputStream in = Files.newInputStream(path)) {
      KeyStore store = KeyStore.getInstance(TYPE);
      store.load(in, password.toCharArray());
      return store;
    } catch (IOException | GeneralSecurityException e) {
      throw new InfraException("could not read keystore " + path, e);
    }
  }

  @Override
  public String toString() {
    return "SelfSignedKeystore[path=" + path + ", password=***]";
  }
}
