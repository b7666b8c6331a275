package dev.walletplatform.deploychecks.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The environment a container will see, as far as the manifests decide it: literal values and
 * ConfigMap data as they are, and a sample of the right shape for each value a Secret will hold
 * (checking that some ExternalSecret really produces that secret and key).
 */
public final class PodEnvironment {
  private PodEnvironment() {}

  public static Map<String, String> of(RenderedManifests rendered, Container container) {
    Map<String, String> env = new LinkedHashMap<>();
    // envFrom first: an env entry of the same name wins, as in Kubernetes
    for (EnvFromSource from : List.copyOf(container.getEnvFrom())) {
      if (from.getSecretRef() != null) {
        secretKeys(rendered, from.getSecretRef().getName())
            .forEach(key -> env.put(key, sample(key)));
      } else if (from.getConfigMapRef() != null) {
        configMapData(rendered, from.getConfigMapRef().getName())
            .properties()
            .forEach(e -> env.put(e.getKey(), e.getValue().asText()));
      }
    }
    for (EnvVar var : container.getEnv()) {
      env.put(var.getName(), expand(value(rendered, var), env));
    }
    return env;
  }

  private static final Pattern REFERENCE = Pattern.compile("\\$\\(([A-Za-z_][A-Za-z0-9_]*)\\)");

  /**
   * The kubelet's dependent variables: {@code $(NAME)} takes the value of a variable defined
   * earlier in the list (or by envFrom); a reference to anything else stays as written, as in
   * Kubernetes, so the service's own validation sees what the pod would.
   */
  private static String expand(String value, Map<String, String> earlier) {
    Matcher m = REFERENCE.matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String replacement = earlier.getOrDefault(m.group(1), m.group());
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String value(RenderedManifests rendered, EnvVar var) {
    if (var.getValueFrom() == null) {
      return var.getValue() == null ? "" : var.getValue();
    }
    var from = var.getValueFrom();
    if (from.getSecretKeyRef() != null) {
      String secret = from.getSecretKeyRef().getName();
      String key = from.getSecretKeyRef().getKey();
      if (!secretKeys(rendered, secret).contains(key)) {
        throw new AssertionError(
            var.getName()
                + " reads key "
                + key
                + " of secret "
                + secret
                + ", which its ExternalSecret does not produce");
      }
      return sample(var.getName());
    }
    if (from.getConfigMapKeyRef() != null) {
      JsonNode data = configMapData(rendered, from.getConfigMapKeyRef().getName());
      if (!data.has(from.getConfigMapKeyRef().getKey())) {
        throw new AssertionError(var.getName() + " reads a key its ConfigMap does not have");
      }
      return data.path(from.getConfigMapKeyRef().getKey()).asText();
    }
    if (from.getFieldRef() != null) {
      return switch (from.getFieldRef().getFieldPath()) {
        case "status.podIP", "status.hostIP" -> "10.10.64.17";
        default -> "sample-field";
      };
    }
    return "sample-field";
  }

  private static List<String> secretKeys(RenderedManifests rendered, String secret) {
    return rendered
        .externalSecretKeys(secret)
        .orElseThrow(() -> new AssertionError("no ExternalSecret creates secret " + secret));
  }

  private static JsonNode configMapData(RenderedManifests rendered, String name) {
    return rendered.get("ConfigMap", name).path("data");
  }

  /** A value of the shape the service validates: terraform and people fill the real ones. */
  static String sample(String name) {
    String n = name.toUpperCase(Locale.ROOT);
    if (n.endsWith("DB_URL")) {
      return "jdbc:postgresql://sql.example:26257/ledger?sslmode=verify-full";
    }
    if (n.contains("SHA256")) {
      // a different hash per variable: a service refuses two API keys with the same hash
      return sha256Hex(name);
    }
    if (n.equals("KAFKA_BOOTSTRAP_SERVERS")) {
      return "b-1.example:9096,b-2.example:9096,b-3.example:9096";
    }
    if (n.endsWith("_URL")) {
      return "https://registry.example";
    }
    return "sample-" + name.toLowerCase(Locale.ROOT);
  }

  private static String sha256Hex(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK ships SHA-256", e);
    }
  }
}
