package dev.walletplatform.infra.process;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Main class of every child JVM: runs the real main class given as first argument, and halts the
 * child as soon as its parent is gone. The parent holds the write end of the child's stdin, so
 * stdin reaching end-of-file means the parent exited or was killed; without this a crashed or
 * timed-out test JVM would leave Kafka brokers running on the machine.
 */
public final class ParentWatchdog {
  /** Exit status of a child that stopped because its parent died. */
  public static final int ORPHANED_EXIT_CODE = 86;

  private ParentWatchdog() {}

  public static void main(String[] args) throws Throwable {
    if (args.length == 0) {
      throw new IllegalArgumentException("usage: ParentWatchdog <main class> [args...]");
    }
    Thread watchdog = new Thread(ParentWatchdog::haltWhenStdinCloses, "parent-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
    Method main = Class.forName(args[0]).getMethod("main", String[].class);
    try {
      main.invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static void haltWhenStdinCloses() {
    InputStream in = System.in;
    byte[] buffer = new byte[256];
    try {
      while (in.read(buffer) != -1) {
        // the parent never writes; reading only waits for end-of-file
      }
    } catch (IOException e) {
      // a broken pipe means the same as end-of-file: the parent is gone
    }
    // halt, not exit: shutdown hooks of a server (Kafka's controlled shutdown) can take long
    Runtime.getRuntime().halt(ORPHANED_EXIT_CODE);
  }
}
