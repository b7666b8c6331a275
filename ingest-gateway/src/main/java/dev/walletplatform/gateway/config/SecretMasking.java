package dev.walletplatform.gateway.config;

import java.util.regex.Pattern;

/** Decides which configured values must never reach a log line (passwords, JAAS, tokens). */
final class SecretMasking {
  private static final Pattern SECRET_KEY =
      Pattern.compile("(?i).*(password|secret|jaas|token|credential|key\\.pem|keystore\\.key).*");
  static final String MASK = "******";

  private SecretMasking() {}

  static String mask(String key, String value) {
    return value == null || !SECRET_KEY.matcher(key).matches() ? value : MASK;
  }
}
