package dev.walletplatform.testsupport.promql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The series a PromQL expression reads: enough of PromQL to find every metric name, braced or bare,
 * and the label matchers next to it. Not a parser; the checks only need the names.
 */
public final class PromQlSelectors {
  private static final Pattern BRACED =
      Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)?\\s*\\{([^}]*)}");
  private static final Pattern MATCHER =
      Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)\\s*(=~|!~|!=|=)\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern IDENTIFIER =
      Pattern.compile("(?<![0-9a-zA-Z_:.])[a-zA-Z_:][a-zA-Z0-9_:]*");
  private static final Pattern LABEL_LIST =
      Pattern.compile("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");

  /** Argo Rollouts' {{args.x}} placeholders, which sit inside label values. */
  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{[^}]*}}");

  /** Functions, aggregations and keywords of PromQL that appear in this deployment's rules. */
  private static final Set<String> LANGUAGE =
      Set.of(
          "sum",
          "max",
          "min",
          "avg",
          "count",
          "rate",
          "irate",
          "increase",
          "deriv",
          "delta",
          "absent",
          "max_over_time",
          "min_over_time",
          "avg_over_time",
          "label_replace",
          "histogram_quantile",
          "by",
          "without",
          "on",
          "ignoring",
          "group_left",
          "group_right",
          "and",
          "or",
          "unless",
          "offset",
          "bool",
          "vector",
          "scalar",
          "time",
          "clamp_min",
          "clamp_max",
          "abs",
          "topk",
          "bottomk",
          "quantile_over_time");

  private PromQlSelectors() {}

  /** One selector: a metric name (or null when only {__name__=~...} names it) and its matchers. */
  public record Selector(String metric, Map<String, LabelMatcher> labels) {
    public String label(String name) {
      LabelMatcher m = labels.get(name);
      return m == null ? null : m.value();
    }
  }

  /** A label matcher: op is =, !=, =~ or !~. */
  public record LabelMatcher(String op, String value) {}

  public static List<Selector> in(String expr) {
    String code = TEMPLATE.matcher(expr).replaceAll("template").replaceAll("\\[[^]]*]", " ");
    List<Selector> found = new ArrayList<>();
    Matcher braced = BRACED.matcher(code);
    while (braced.find()) {
      Map<String, LabelMatcher> labels = new LinkedHashMap<>();
      Matcher m = MATCHER.matcher(braced.group(2));
      while (m.find()) {
        labels.put(m.group(1), new LabelMatcher(m.group(2), m.group(3)));
      }
      String name = braced.group(1);
      found.add(new Selector(name == null || LANGUAGE.contains(name) ? null : name, labels));
    }
    // bare names: whatever identifier is left once braces, strings and numbers are gone
    String rest =
        LABEL_LIST
            .matcher(BRACED.matcher(code).replaceAll(" "))
            .replaceAll(" ")
            .replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", " ");
    Matcher id = IDENTIFIER.matcher(rest);
    while (id.find()) {
      if (!LANGUAGE.contains(id.group())) {
        found.add(new Selector(id.group(), Map.of()));
      }
    }
    return found;
  }
}
