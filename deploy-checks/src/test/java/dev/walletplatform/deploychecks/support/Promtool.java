package dev.walletplatform.deploychecks.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prometheus' own rule checker, {@code promtool} (Debian's {@code prometheus} package, installed by
 * scripts/ensure-prometheus.sh): {@code check rules} parses rule files with Prometheus' PromQL
 * parser, {@code test rules} evaluates them on series a test file gives. Unlike kubectl and
 * terraform, promtool is a package the test command installs, so a check that needs it fails when
 * it is missing instead of being skipped.
 */
public final class Promtool {
  private static final Path DEBIAN_BINARY = Path.of("/usr/bin/promtool");
  private static final Duration TIMEOUT = Duration.ofMinutes(2);
  private static final Pattern RULES_FOUND = Pattern.compile("SUCCESS: (\\d+) rules found");
  private static final ObjectMapper YAML =
      new ObjectMapper(
          new YAMLFactory()
              .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER));

  private Promtool() {}

  /** promtool from PATH (or Debian's /usr/bin), or the calling test fails saying how to get it. */
  public static ExternalTool require(String whatItChecks) {
    return find()
        .orElseThrow(
            () ->
                new AssertionError(
                    missingMessage(
                        whatItChecks, "PATH=" + System.getenv().getOrDefault("PATH", ""))));
  }

  static Optional<ExternalTool> find() {
    return ExternalTool.find("promtool")
        .or(
            () ->
                Files.isExecutable(DEBIAN_BINARY)
                    ? Optional.of(new ExternalTool("promtool", DEBIAN_BINARY))
                    : Optional.empty());
  }

  public static String missingMessage(String whatItChecks, String searchedPath) {
    return "promtool is not installed (not on "
        + searchedPath
        + ", no "
        + DEBIAN_BINARY
        + "), so this test could not check "
        + whatItChecks
        + ". It comes with Debian's prometheus package: run scripts/ensure-prometheus.sh (as"
        + " root; scripts/test.sh runs it before Maven), then run the tests again.";
  }

  /**
   * {@code promtool check rules} on the files, which together must hold {@code expectedRules}
   * rules; fails with promtool's output otherwise.
   */
  public static void checkRules(int expectedRules, Path... files) {
    ExternalTool promtool = require("the rule files " + List.of(files) + " (promtool check rules)");
    List<String> args = new ArrayList<>(List.of("check", "rules"));
    for (Path f : files) {
      args.add(f.toAbsolutePath().toString());
    }
    ExternalTool.Result result =
        promtool.run(RepoLayout.root(), Map.of(), TIMEOUT, args.toArray(String[]::new));
    if (!result.ok()) {
      throw new AssertionError(
          "promtool check rules failed (exit " + result.exitCode() + "):\n" + result.output());
    }
    int found = 0;
    Matcher m = RULES_FOUND.matcher(result.output());
    while (m.find()) {
      found += Integer.parseInt(m.group(1));
    }
    if (found != expectedRules) {
      throw new AssertionError(
          "promtool checked "
              + found
              + " rules, expected "
              + expectedRules
              + ":\n"
              + result.output());
    }
  }

  /** {@code promtool test rules} on the test files, run in {@code dir}; never throws on failure. */
  public static ExternalTool.Result testRules(Path dir, List<Path> testFiles) {
    ExternalTool promtool =
        require("the rules' unit tests " + testFiles + " (promtool test rules)");
    List<String> args = new ArrayList<>(List.of("test", "rules"));
    for (Path f : testFiles) {
      args.add(dir.relativize(f.toAbsolutePath()).toString());
    }
    return promtool.run(dir, Map.of(), TIMEOUT, args.toArray(String[]::new));
  }

  /** A Prometheus rule file ({@code groups: [...]}) holding these groups, written as YAML. */
  public static Path writeRuleFile(Path file, List<JsonNode> groups) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ArrayNode array = root.putArray("groups");
    groups.forEach(array::add);
    return writeYaml(file, root);
  }

  /** One group of recording rules, record name => expression, in the given order. */
  public static JsonNode recordingGroup(String name, Map<String, String> records) {
    ObjectNode group = JsonNodeFactory.instance.objectNode().put("name", name);
    ArrayNode rules = group.putArray("rules");
    records.forEach((record, expr) -> rules.addObject().put("record", record).put("expr", expr));
    return group;
  }

  public static Path writeYaml(Path file, JsonNode content) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      YAML.writeValue(file.toFile(), content);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + file, e);
    }
  }

  public static JsonNode readYaml(Path file) {
    try {
      return YAML.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
  }
}
