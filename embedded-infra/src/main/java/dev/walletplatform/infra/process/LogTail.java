package dev.walletplatform.infra.process;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The last lines of a log file, for error messages: the reason a server died is usually there. */
public final class LogTail {
  // a long local run writes megabytes of log; the reason for a failure is in the last few KB
  private static final int MAX_BYTES = 64 * 1024;

  private LogTail() {}

  public static String of(Path file, int lines) {
    if (!Files.exists(file)) {
      return "(no log file at " + file + ")";
    }
    try (SeekableByteChannel channel = Files.newByteChannel(file)) {
      long start = Math.max(0, channel.size() - MAX_BYTES);
      ByteBuffer buffer = ByteBuffer.allocate((int) (channel.size() - start));
      channel.position(start);
      while (buffer.hasRemaining() && channel.read(buffer) > 0) {
        // keep reading until the buffer is full or the file ends
      }
      // new String(...) replaces malformed bytes: a server may print anything, the tail must show
      List<String> all =
          new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).lines().toList();
      List<String> tail = all.subList(Math.max(0, all.size() - lines), all.size());
      return "--- last " + tail.size() + " lines of " + file + " ---\n" + String.join("\n", tail);
    } catch (IOException e) {
      return "(could not read " + file + ": " + e + ")";
    }
  }
}
