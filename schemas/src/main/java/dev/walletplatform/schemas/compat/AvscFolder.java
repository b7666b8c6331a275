package dev.walletplatform.schemas.compat;

import dev.walletplatform.schemas.SchemaException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;
import org.apache.avro.SchemaParser;

/**
 * Reads every {@code .avsc} file of one folder with a single {@link SchemaParser}, which resolves
 * the named-type references between files whatever their order (the envelopes name the payload
 * records defined in other files).
 */
final class AvscFolder {
  private AvscFolder() {}

  /**
   * Each file's top-level schema, fully resolved, by full name (e.g. {@code
   * ...command.v1.WalletCommand}).
   */
  static Map<String, Schema> read(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new SchemaException("schema folder " + folder.toAbsolutePath() + " does not exist");
    }
    SchemaParser parser = new SchemaParser();
    List<SchemaParser.ParseResult> results = new ArrayList<>();
    for (Path file : avscFiles(folder)) {
      try {
        results.add(parser.parse(file));
      } catch (IOException | SchemaParseException e) {
        throw new SchemaException(
            "cannot parse " + file.toAbsolutePath() + ": " + e.getMessage(), e);
      }
    }
    Map<String, Schema> byName = new LinkedHashMap<>();
    for (SchemaParser.ParseResult result : results) {
      Schema schema = resolve(parser, result, folder);
      Schema previous = byName.put(schema.getFullName(), schema);
      if (previous != null) {
        throw new SchemaException("two files in " + folder + " define " + schema.getFullName());
      }
    }
    return byName;
  }

  // Avro 1.12 deprecates resolve() without a replacement yet; it is what resolves references
  // between files parsed in any order, which the released folder needs.
  @SuppressWarnings("deprecation")
  private static Schema resolve(SchemaParser parser, SchemaParser.ParseResult result, Path folder) {
    try {
      return parser.resolve(result);
    } catch (SchemaParseException e) {
      throw new SchemaException(
          "unresolved type in " + folder.toAbsolutePath() + ": " + e.getMessage(), e);
    }
  }

  private static List<Path> avscFiles(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".avsc")).sorted().toList();
    } catch (IOException e) {
      throw new SchemaException("cannot list " + folder.toAbsolutePath(), e);
    }
  }
}
