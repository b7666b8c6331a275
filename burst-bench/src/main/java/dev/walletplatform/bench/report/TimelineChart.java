package dev.walletplatform.bench.report;

import dev.walletplatform.bench.BenchException;
import dev.walletplatform.bench.scenario.Timeline;
import dev.walletplatform.bench.scenario.TimelineRow;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javax.imageio.ImageIO;

/**
 * The report's chart: four panels over the same seconds — requests/s, p99 latency, consumer lag and
 * database connections — the platform in blue, naive fan-out in red, the spike shaded.
 */
public final class TimelineChart {
  private static final Color PLATFORM = new Color(31, 96, 196);
  private static final Color APPLIED = new Color(30, 150, 60);
  private static final Color OFFERED = new Color(120, 120, 120);
  private static final Color NAIVE = new Color(200, 40, 40);
  private static final Color NAIVE_ERRORS = new Color(240, 150, 20);
  private static final int WIDTH = 1000;
  private static final int PANEL_HEIGHT = 210;

  private TimelineChart() {}

  public static void write(
      Path png,
      Timeline platform,
      Timeline naive,
      int poolTotal,
      int maxConnections,
      int spikeFrom,
      int spikeTo) {
    int seconds = Math.max(platform.rows().size(), naive.rows().size());
    List<ChartPanel> panels =
        List.of(
            new ChartPanel(
                "Requests per second",
                List.of(
                    new ChartPanel.Series(
                        "offered",
                        OFFERED,
                        values(platform, TimelineRow::targetRate, seconds),
                        true),
                    new ChartPanel.Series(
                        "platform 202",
                        PLATFORM,
                        values(platform, r -> r.load().accepted(), seconds),
                        false),
                    new ChartPanel.Series(
                        "ledger decided",
                        APPLIED,
                        values(platform, r -> r.decidedPerSecond(), seconds),
                        false),
                    new ChartPanel.Series(
                        "naive 200",
                        NAIVE,
                        values(naive, r -> r.load().accepted(), seconds),
                        false),
                    new ChartPanel.Series(
                        "naive 5xx/no answer",
                        NAIVE_ERRORS,
                        values(naive, r -> r.load().sent() - r.load().accepted(), seconds),
                        false)),
                List.of(),
                false),
            new ChartPanel(
                "Latency p99 (ms, log scale, from the intended send time)",
                List.of(
                    new ChartPanel.Series("platform", PLATFORM, latency(platform, seconds), false),
                    new ChartPanel.Series("naive fan-out", NAIVE, latency(naive, seconds), false)),
                List.of(),
                true),
            new ChartPanel(
                "Consumer lag (records, all groups)",
                List.of(
                    new ChartPanel.Series(
                        "platform",
                        PLATFORM,
                        values(platform, r -> r.system().lag(), seconds),
                        false)),
                List.of(),
                false),
            new ChartPanel(
                "Database connections (pg_stat_activity, peak per second)",
                List.of(
                    new ChartPanel.Series(
                        "platform",
                        PLATFORM,
                        values(platform, r -> r.system().dbConnectionsPeak(), seconds),
                        false),
                    new ChartPanel.Series(
                        "naive fan-out",
                        NAIVE,
                        values(naive, r -> r.system().dbConnectionsPeak(), seconds),
                        false)),
                List.of(
                    new ChartPanel.Level("pools' total " + poolTotal, APPLIED, poolTotal),
                    new ChartPanel.Level(
                        "max_connections " + maxConnections, Color.BLACK, maxConnections)),
                false));
    BufferedImage image =
        new BufferedImage(WIDTH, PANEL_HEIGHT * panels.size() + 10, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    for (int i = 0; i < panels.size(); i++) {
      panels
          .get(i)
          .draw(g, 0, 5 + i * PANEL_HEIGHT, WIDTH, PANEL_HEIGHT, seconds, spikeFrom, spikeTo);
    }
    g.dispose();
    try {
      Files.createDirectories(png.toAbsolutePath().getParent());
      ImageIO.write(image, "png", png.toFile());
    } catch (IOException e) {
      throw new BenchException("cannot write the chart to " + png, e);
    }
  }

  private static double[] latency(Timeline timeline, int seconds) {
    return values(
        timeline,
        r -> r.load().latency().count() == 0 ? Double.NaN : r.load().latency().p99Ms(),
        seconds);
  }

  static double[] values(Timeline timeline, ToDoubleFunction<TimelineRow> value, int seconds) {
    double[] values = new double[seconds];
    java.util.Arrays.fill(values, Double.NaN);
    for (TimelineRow row : timeline.rows()) {
      if (row.second() < seconds) {
        values[(int) row.second()] = value.applyAsDouble(row);
      }
    }
    return values;
  }
}
