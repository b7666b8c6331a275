package dev.walletplatform.walletctl.publish;

import dev.walletplatform.walletctl.UsageException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the JSON to publish comes from: inline, a file, or stdin ({@code --file -}). */
public final class JsonSource {
  @Option(names = "--value", paramLabel = "JSON", description = "The record as JSON, inline")
  private String value;

  @Option(
      names = "--file",
      paramLabel = "FILE",
      description = "Read the JSON from FILE ('-' for stdin)")
  private Path file;

  String read() {
    if ((value == null) == (file == null)) {
      throw new UsageException("give the record as exactly one of --value JSON and --file FILE");
    }
    if (value != null) {
      return value;
    }
    try {
      if (file.toString().equals("-")) {
        InputStream in = System.in;
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      return Files.readString(file);
    } catch (IOException e) {
      throw new UsageException("cannot read --file " + file + ": " + e.getMessage(), e);
    }
  }
}
