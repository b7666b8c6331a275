package dev.walletplatform.gateway.idempotency;

import dev.walletplatform.gateway.command.GatewayCommand;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 (hex) of a command's canonical form: a version line, the endpoint, then one {@code
 * name=value} line per normalized field in fixed order. No field may contain a line break (ids,
 * asset codes, digits and the destination's printable ASCII), so the form is unambiguous. The
 * ledger compares this hash too: changing the form is a contract change (bump the version line).
 */
public final class RequestHash {
  static final String FORM_VERSION = "wallet-command-v1";

  private RequestHash() {}

  public static String of(GatewayCommand command) {
    return sha256Hex(canonicalForm(command));
  }

  static String canonicalForm(GatewayCommand command) {
    StringBuilder form = new StringBuilder(128).append(FORM_VERSION).append('\n');
    form.append(command.endpoint()).append('\n');
    command
        .canonicalFields()
        .forEach((name, value) -> form.append(name).append('=').append(value).append('\n'));
    return form.toString();
  }

  private static String sha256Hex(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK ships SHA-256", e);
    }
  }
}
