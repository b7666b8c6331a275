package dev.walletplatform.kit.tracing;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code exporter: file}: appends each span as one line of JSON ({@link SpanJson}) to a file, so a
 * local run's traces can be read (or grepped for a trace id) afterwards. Not for production: the
 * file only grows; production exports OTLP to a collector.
 */
public final class JsonLinesSpanExporter implements SpanExporter {
  private static final Logger LOG = LoggerFactory.getLogger(JsonLinesSpanExporter.class);

  private final Path file;
  private final BufferedWriter out;
  private boolean shutDown;

  private JsonLinesSpanExporter(Path file, BufferedWriter out) {
    this.file = file;
    this.out = out;
  }

  /** Opens {@code file} for appending (its directory created): a failure stops the start. */
  public static JsonLinesSpanExporter appendingTo(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      return new JsonLinesSpanExporter(
          file,
          Files.newBufferedWriter(
              file,
              StandardCharsets.UTF_8,
              StandardOpenOption.CREATE,
              StandardOpenOption.APPEND,
              StandardOpenOption.WRITE));
    } catch (IOException e) {
      throw new UncheckedIOException("tracing.file " + file + " cannot be opened", e);
    }
  }

  @Override
  public synchronized CompletableResultCode export(Collection<SpanData> spans) {
    if (shutDown) {
      return CompletableResultCode.ofFailure();
    }
    try {
      for (SpanData span : spans) {
        out.write(SpanJson.line(span));
        out.newLine();
      }
      out.flush();
      return CompletableResultCode.ofSuccess();
    } catch (IOException | RuntimeException e) {
      LOG.warn("{} spans not written to {}: {}", spans.size(), file, e.toString());
      return CompletableResultCode.ofFailure();
    }
  }

  @Override
  public synchronized CompletableResultCode flush() {
    try {
      if (!shutDown) {
        out.flush();
      }
      return CompletableResultCode.ofSuccess();
    } catch (IOException e) {
      return CompletableResultCode.ofFailure();
    }
  }

  @Override
  public synchronized CompletableResultCode shutdown() {
    if (shutDown) {
      return CompletableResultCode.ofSuccess();
    }
    shutDown = true;
    try {
      out.close();
      return CompletableResultCode.ofSuccess();
    } catch (IOException e) {
      return CompletableResultCode.ofFailure();
    }
  }

  @Override
  public String toString() {
    return "JsonLinesSpanExporter[" + file + "]";
  }
}
