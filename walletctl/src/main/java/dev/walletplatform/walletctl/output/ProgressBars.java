package dev.walletplatform.walletctl.output;

import java.io.PrintWriter;
import java.time.Duration;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress bars with rate and ETA on stderr, so stdout stays a clean report. On a terminal the bar
 * redraws in place; otherwise (CI, a `tee`d runbook session, tests) it prints a line per second.
 */
public final class ProgressBars {
  private ProgressBars() {}

  // targets Java 21, where System.console() is null without a terminal (Console.isTerminal() is
  // 22+)
  @SuppressWarnings("SystemConsoleNull")
  public static Progress open(String task, long total, PrintWriter err) {
    ProgressBarBuilder builder =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(total)
            .setUnit(" records", 1)
            .showSpeed()
            .setStyle(ProgressBarStyle.ASCII)
            .setMaxRenderedLength(100);
    if (System.console() != null) {
      builder.setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(200);
    } else {
      builder
          .setConsumer(
              new DelegatingProgressBarConsumer(
                  line -> {
                    err.println(line.strip());
                    err.flush();
                  }))
          .setUpdateIntervalMillis((int) Duration.ofSeconds(1).toMillis());
    }
    ProgressBar bar = builder.build();
    return new Progress() {
      @Override
      public void step() {
        bar.step();
      }

      @Override
      public void close() {
        bar.close();
      }
    };
  }
}
