package dev.walletplatform.schemas.compat;

import dev.walletplatform.schemas.SchemaException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityResult;

/**
 * Fails the build when a current schema cannot read data written with the last released version of
 * the same record (Avro's BACKWARD rule, the one the registry enforces at runtime): topics keep
 * released data for days and consumers deploy after producers, so a change that only fails at the
 * registry fails in production, mid-rollout.
 *
 * <p>Run by exec-maven-plugin at {@code process-classes}: {@code <releasedDir> <currentDir>}.
 */
public final class BackwardCompatibilityCheck {
  private static final String WHOLE_SCHEMA = "/";

  private BackwardCompatibilityCheck() {}

  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    if (code != 0) {
      System.exit(
          code); // exec:java's blockSystemExit turns this into a failed goal, not a dead Maven
    }
  }

  /** The exit code: 0 compatible, 1 incompatible, 2 bad arguments or unreadable schemas. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length != 2) {
      err.println("usage: BackwardCompatibilityCheck <released-avsc-dir> <current-avsc-dir>");
      return 2;
    }
    Map<String, Schema> released;
    Map<String, Schema> current;
    try {
      released = AvscFolder.read(Path.of(args[0]));
      current = AvscFolder.read(Path.of(args[1]));
    } catch (SchemaException e) {
      err.println("schema compatibility check cannot run: " + e.getMessage());
      return 2;
    }
    List<Incompatibility> problems = check(released, current);
    if (problems.isEmpty()) {
      out.println(
          "schemas in "
              + args[1]
              + " can read all "
              + released.size()
              + " released schemas in "
              + args[0]);
      return 0;
    }
    err.println(
        problems.size()
            + " backward-incompatible change(s) against the released schemas in "
            + args[0]
            + ":");
    problems.forEach(problem -> err.println("  " + problem));
    err.println(
        "Make the change compatible (add fields with defaults, use aliases to rename), "
            + "or put it on a new versioned topic with new record names.");
    return 1;
  }

  /**
   * Every way {@code current} fails to read data written with {@code released}, matched by full
   * name.
   */
  static List<Incompatibility> check(Map<String, Schema> released, Map<String, Schema> current) {
    List<Incompatibility> problems = new ArrayList<>();
    released.forEach(
        (name, writer) -> {
          Schema reader = current.get(name);
          if (reader == null) {
            problems.add(
                new Incompatibility(
                    name,
                    WHOLE_SCHEMA,
                    "released schema has no current schema of that name; data written with it could no longer be read"));
            return;
          }
          SchemaCompatibilityResult result =
              SchemaCompatibility.checkReaderWriterCompatibility(reader, writer).getResult();
          result
              .getIncompatibilities()
              .forEach(
                  incompatibility ->
                      problems.add(
                          new Incompatibility(
                              name,
                              incompatibility.getLocation(),
                              incompatibility.getType() + ": " + incompatibility.getMessage())));
        });
    return problems;
  }
}
