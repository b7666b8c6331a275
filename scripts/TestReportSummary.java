import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The end of scripts/test.sh: every test the run skipped, by module, class#method and the reason it
 * gave, then the run's totals as one closing line. A skipped check proved nothing, and Maven only
 * prints "Skipped: 1" somewhere in thousands of lines, so the skips are named last, where they are
 * read. Reads the JUnit XML that surefire (*Test) and failsafe (*IT) write in each module's
 * target/; only reports written since the run started count, so a module that did not run this
 * time cannot report an old skip.
 *
 * <p>Run with the JDK's single-file launcher: {@code java scripts/TestReportSummary.java <repo
 * root> <run start, epoch seconds>}. Exit 0 whatever the tests did: the exit code is Maven's.
 */
public final class TestReportSummary {
  private static final Pattern REPORT =
      Pattern.compile(".*/target/(surefire|failsafe)-reports/TEST-[^/]+\\.xml");
  private static final Pattern STACK_FRAME = Pattern.compile("\\s+(at |\\.\\.\\. \\d+ more).*");
  private static final Pattern EXCEPTION_PREFIX =
      Pattern.compile("^(?:[a-z_][\\w$]*\\.)+[A-Z][\\w$]*:\\s*(?:Assumption failed: )?");
  private static final String RULE = "=".repeat(100);

  record TestCase(String module, String className, String method, Outcome outcome, String reason) {
    String name() {
      return className + "#" + method;
    }
  }

  enum Outcome { PASSED, FAILED, SKIPPED }

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: java TestReportSummary.java <repo root> <run start, epoch seconds>");
      System.exit(2);
    }
    Path root = Path.of(args[0]).toAbsolutePath().normalize();
    long startedAtMillis = Long.parseLong(args[1]) * 1000;

    List<Path> reports = reportsWrittenSince(root, startedAtMillis);
    List<TestCase> cases = new ArrayList<>();
    DocumentBuilder parser = xmlParser();
    for (Path report : reports) {
      cases.addAll(read(parser, root, report));
    }
    print(cases, reports.size());
  }

  static List<Path> reportsWrittenSince(Path root, long startedAtMillis) throws IOException {
    // modules sit one level down; depth 6 leaves room for nested modules without walking far
    try (Stream<Path> files = Files.find(root, 6, (path, attributes) -> attributes.isRegularFile()
        && attributes.lastModifiedTime().toMillis() >= startedAtMillis
        && REPORT.matcher(path.toString()).matches())) {
      return files.sorted().toList();
    }
  }

  static DocumentBuilder xmlParser() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder();
  }

  static List<TestCase> read(DocumentBuilder parser, Path root, Path report) {
    String relative = root.relativize(report).toString();
    String module = relative.substring(0, relative.indexOf("/target/"));
    Element suite;
    NodeList testcases;
    try {
      suite = parser.parse(report.toFile()).getDocumentElement();
      testcases = suite.getElementsByTagName("testcase");
    } catch (Exception e) {
      // a report cut short (a killed fork) must not hide the others: name it as a failure
      return List.of(new TestCase(module, relative, "(unreadable report)", Outcome.FAILED, e.toString()));
    }
    if (testcases.getLength() == 0) {
      // surefire writes an aborted class (an assumption in @BeforeAll) as 0 tests run, 0 skipped: a
      // silent skip unless it is named here. The reason is not in the report.
      return List.of(new TestCase(module, suite.getAttribute("name"), "(every test)", Outcome.SKIPPED,
          "the class ran none of its tests and its report gives no reason: JUnit aborted it before its first"
              + " test (an assumption in @BeforeAll, or a class-level condition), which " + relative
              + " records as 0 tests run. Run it alone to see why."));
    }
    List<TestCase> cases = new ArrayList<>();
    for (int i = 0; i < testcases.getLength(); i++) {
      Element testcase = (Element) testcases.item(i);
      Element skipped = first(testcase, "skipped");
      boolean failed = first(testcase, "failure") != null || first(testcase, "error") != null;
      Outcome outcome = failed ? Outcome.FAILED : skipped != null ? Outcome.SKIPPED : Outcome.PASSED;
      String reason = skipped == null ? "" : reasonOf(skipped);
      cases.add(new TestCase(module, testcase.getAttribute("classname"), testcase.getAttribute("name"), outcome,
          reason));
    }
    return cases;
  }

  /** The first element named {@code tag} inside {@code parent}, or null. */
  private static Element first(Element parent, String tag) {
    NodeList children = parent.getElementsByTagName(tag);
    return children.getLength() == 0 ? null : (Element) children.item(0);
  }

  /**
   * {@code @Disabled} puts its reason in the message attribute; a failed assumption (surefire 3.5) leaves
   * that empty and writes the exception's stack trace as text, whose message is the reason.
   */
  static String reasonOf(Element skipped) {
    String message = skipped.getAttribute("message").strip();
    if (message.isEmpty()) {
      message = messageOfTrace(skipped.getTextContent());
    }
    return message.isEmpty() ? "(the test gave no reason)" : message;
  }

  /** The lines before the first stack frame, without the exception's class and JUnit's prefix. */
  static String messageOfTrace(String trace) {
    String message = trace.lines().takeWhile(line -> !STACK_FRAME.matcher(line).matches())
        .collect(Collectors.joining("\n")).strip();
    return EXCEPTION_PREFIX.matcher(message).replaceFirst("");
  }

  static void print(List<TestCase> cases, int reports) {
    List<TestCase> skipped = cases.stream().filter(c -> c.outcome() == Outcome.SKIPPED)
        // stable: within a class, the order the tests ran in ([1], [2], ... [10] of a parameterized one)
        .sorted(Comparator.comparing(TestCase::module).thenComparing(TestCase::className)).toList();
    long passed = cases.stream().filter(c -> c.outcome() == Outcome.PASSED).count();
    long failed = cases.stream().filter(c -> c.outcome() == Outcome.FAILED).count();

    System.out.println();
    System.out.println(RULE);
    if (skipped.isEmpty()) {
      System.out.println("SKIPPED CHECKS: none");
    } else {
      System.out.println(
          "SKIPPED CHECKS: " + skipped.size() + " (each proved nothing; the reason says what is missing)");
      // tests skipped for the same reason (a missing tool skips many) are listed above it once
      Map<String, List<TestCase>> byReason = new LinkedHashMap<>();
      skipped.forEach(c -> byReason.computeIfAbsent(c.reason(), r -> new ArrayList<>()).add(c));
      byReason.forEach((reason, tests) -> {
        System.out.println();
        tests.forEach(c -> System.out.println("  [" + c.module() + "] " + c.name()));
        reason.lines().flatMap(line -> wrapped(line, 94).stream())
            .forEach(line -> System.out.println("      " + line));
      });
    }
    System.out.println(RULE);
    System.out.println("(from " + reports + " test report" + (reports == 1 ? "" : "s")
        + " this run wrote under */target/surefire-reports and */target/failsafe-reports)");
    System.out.println("Tests: " + passed + " passed, " + failed + " failed, " + skipped.size() + " skipped");
  }

  /** Splits at spaces so a long reason stays readable in a terminal and in CI's log. */
  static List<String> wrapped(String line, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String word : line.split(" ")) {
      if (current.length() > 0 && current.length() + 1 + word.length() > width) {
        lines.add(current.toString());
        current.setLength(0);
      }
      current.append(current.length() > 0 ? " " : "").append(word);
    }
    lines.add(current.toString());
    return lines;
  }

  private TestReportSummary() {}
}
