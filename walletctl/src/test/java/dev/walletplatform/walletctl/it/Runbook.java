package dev.walletplatform.walletctl.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The walletctl command lines of a runbook, exactly as written: every line of a fenced shell block
 * that starts with {@code walletctl} (backslash continuations joined), split the way a POSIX shell
 * splits it, with {@code $VAR}/{@code "$VAR"} taken from the environment the runbook tells
 * operators to export. A trailing {@code # exits N} comment states an expected non-zero exit.
 */
final class Runbook {
  private static final Pattern EXPECTED_EXIT = Pattern.compile("#\\s*exits\\s+(\\d)");

  private Runbook() {}

  /** One command line of the runbook: as written, and its arguments after {@code walletctl}. */
  record Step(String line, List<String> args, int expectedExit) {}

  static List<Step> steps(Path markdown, Map<String, String> environment) throws IOException {
    List<Step> steps = new ArrayList<>();
    boolean inShell = false;
    StringBuilder pending = new StringBuilder();
    for (String raw : Files.readAllLines(markdown)) {
      String line = raw.strip();
      if (line.startsWith("```")) {
        inShell = !inShell && line.matches("```(bash|sh|shell|console)\\s*");
        continue;
      }
      if (!inShell) {
        continue;
      }
      if (line.endsWith("\\")) {
        pending.append(line, 0, line.length() - 1).append(' ');
        continue;
      }
      String logical = (pending + line).strip();
      pending.setLength(0);
      if (logical.startsWith("$ ")) {
        logical = logical.substring(2);
      }
      if (logical.startsWith("walletctl ") || logical.equals("walletctl")) {
        steps.add(step(logical, environment));
      }
    }
    return steps;
  }

  static Step step(String line, Map<String, String> environment) {
    List<String> words = new ArrayList<>();
    String comment = split(line, environment, words);
    Matcher expected = EXPECTED_EXIT.matcher(comment);
    return new Step(
        line,
        List.copyOf(words.subList(1, words.size())),
        expected.find() ? Integer.parseInt(expected.group(1)) : 0);
  }

  /** Splits like a shell (quotes, escapes, variables); returns the trailing comment, if any. */
  static String split(String line, Map<String, String> environment, List<String> words) {
    StringBuilder word = null;
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote == 0 && Character.isWhitespace(c)) {
        if (word != null) {
          words.add(word.toString());
          word = null;
        }
        continue;
      }
      if (quote == 0 && c == '#' && word == null) {
        return line.substring(i);
      }
      word = word == null ? new StringBuilder() : word;
      if (c == quote) {
        quote = 0;
      } else if (quote == 0 && (c == '\'' || c == '"')) {
        quote = c;
      } else if (c == '\\' && quote != '\'' && i + 1 < line.length()) {
        word.append(line.charAt(++i));
      } else if (c == '$' && quote != '\'') {
        i = expand(line, i, environment, word);
      } else {
        word.append(c);
      }
    }
    if (quote != 0) {
      throw new IllegalArgumentException("unbalanced quote in runbook line: " + line);
    }
    if (word != null) {
      words.add(word.toString());
    }
    return "";
  }

  private static int expand(
      String line, int dollar, Map<String, String> environment, StringBuilder word) {
    Matcher name =
        Pattern.compile("\\{?([A-Za-z_][A-Za-z0-9_]*)\\}?")
            .matcher(line)
            .region(dollar + 1, line.length());
    if (!name.lookingAt()) {
      word.append('$');
      return dollar;
    }
    String value = environment.get(name.group(1));
    if (value == null) {
      throw new IllegalArgumentException(
          "runbook uses $" + name.group(1) + ", which the test environment does not set");
    }
    word.append(value);
    return name.end() - 1;
  }
}
