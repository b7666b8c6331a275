package dev.walletplatform.local.observe;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Draws dashboard panels as line charts into one PNG, from the answers a real Prometheus gave to
 * the panels' own queries: what Grafana would show, where Grafana cannot be installed. Plain
 * Java2D, so the picture needs nothing but the JDK.
 */
public final class PanelChart {
  private static final int PANEL_WIDTH = 560;
  private static final int PANEL_HEIGHT = 260;
  private static final int COLUMNS = 2;
  private static final int MARGIN_LEFT = 64;
  private static final int MARGIN_RIGHT = 16;
  private static final int MARGIN_TOP = 34;
  private static final int MARGIN_BOTTOM = 40;
  private static final Color[] PALETTE = {
    new Color(0x1f77b4),
    new Color(0xff7f0e),
    new Color(0x2ca02c),
    new Color(0xd62728),
    new Color(0x9467bd),
    new Color(0x8c564b),
    new Color(0xe377c2),
    new Color(0x17becf)
  };

  /** One point of a series: seconds since the chart's start, and the value Prometheus answered. */
  public record Point(double seconds, double value) {}

  /** One line: its legend and its points, in time order. */
  public record Series(String legend, List<Point> points) {}

  /**
   * One panel: its title (as on the dashboard), the unit of its y axis, its lines, and the seconds
   * its x axis spans (every panel of a picture shows the same window).
   */
  public record Panel(String title, String unit, List<Series> series, double spanSeconds) {}

  private PanelChart() {}

  /** Writes {@code panels} as a grid, two per row, under a {@code heading}. */
  public static void write(Path png, String heading, List<Panel> panels) throws IOException {
    int rows = (panels.size() + COLUMNS - 1) / COLUMNS;
    int width = COLUMNS * PANEL_WIDTH;
    int height = 40 + rows * PANEL_HEIGHT;
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(new Color(0x111217));
      g.fillRect(0, 0, width, height);
      g.setColor(Color.WHITE);
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
      g.drawString(heading, 12, 26);
      for (int i = 0; i < panels.size(); i++) {
        int x = (i % COLUMNS) * PANEL_WIDTH;
        int y = 40 + (i / COLUMNS) * PANEL_HEIGHT;
        drawPanel(g.create(x, y, PANEL_WIDTH, PANEL_HEIGHT), panels.get(i));
      }
    } finally {
      g.dispose();
    }
    Files.createDirectories(png.toAbsolutePath().getParent());
    ImageIO.write(image, "png", png.toFile());
  }

  private static void drawPanel(java.awt.Graphics graphics, Panel panel) {
    Graphics2D g = (Graphics2D) graphics;
    g.setColor(new Color(0x181b1f));
    g.fillRect(4, 4, PANEL_WIDTH - 8, PANEL_HEIGHT - 8);
    g.setColor(new Color(0xccccdc));
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
    g.drawString(panel.title(), 14, 24);
    int plotW = PANEL_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    int plotH = PANEL_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM;
    double maxX = Math.max(1, panel.spanSeconds());
    double maxY = 0;
    for (Series s : panel.series()) {
      for (Point p : s.points()) {
        if (Double.isFinite(p.value())) {
          maxY = Math.max(maxY, p.value());
        }
      }
    }
    maxY = maxY <= 0 ? 1 : niceCeiling(maxY);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
    for (int tick = 0; tick <= 4; tick++) {
      int ty = MARGIN_TOP + plotH - tick * plotH / 4;
      g.setColor(new Color(0x2c3235));
      g.drawLine(MARGIN_LEFT, ty, MARGIN_LEFT + plotW, ty);
      g.setColor(new Color(0x9fa7b3));
      g.drawString(format(maxY * tick / 4, panel.unit()), 6, ty + 4);
    }
    for (int tick = 0; tick <= 4; tick++) {
      int tx = MARGIN_LEFT + tick * plotW / 4;
      g.drawString(
          String.format(Locale.ROOT, "%.0fs", maxX * tick / 4), tx - 8, MARGIN_TOP + plotH + 14);
    }
    int legendX = MARGIN_LEFT;
    for (int i = 0; i < panel.series().size(); i++) {
      Series s = panel.series().get(i);
      Color color = PALETTE[i % PALETTE.length];
      g.setColor(color);
      g.setStroke(new BasicStroke(1.8f));
      Path2D line = new Path2D.Double();
      boolean started = false;
      for (Point p : s.points()) {
        if (!Double.isFinite(p.value())) {
          started = false;
          continue;
        }
        double px = MARGIN_LEFT + p.seconds() / maxX * plotW;
        double py = MARGIN_TOP + plotH - p.value() / maxY * plotH;
        if (started) {
          line.lineTo(px, py);
        } else {
          line.moveTo(px, py);
          started = true;
        }
      }
      g.draw(line);
      String legend = s.legend().length() > 34 ? s.legend().substring(0, 33) + "…" : s.legend();
      int legendWidth = g.getFontMetrics().stringWidth(legend) + 22;
      if (legendX + legendWidth < PANEL_WIDTH - 8 && i < 6) {
        g.fillRect(legendX, PANEL_HEIGHT - 20, 10, 4);
        g.setColor(new Color(0xccccdc));
        g.drawString(legend, legendX + 13, PANEL_HEIGHT - 14);
        legendX += legendWidth;
      }
    }
    if (panel.series().isEmpty()) {
      g.setColor(new Color(0xd62728));
      g.drawString("no data", MARGIN_LEFT + plotW / 2 - 20, MARGIN_TOP + plotH / 2);
    }
  }

  private static double niceCeiling(double value) {
    double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
    for (double step : new double[] {1, 2, 2.5, 5, 10}) {
      if (step * magnitude >= value) {
        return step * magnitude;
      }
    }
    return 10 * magnitude;
  }

  private static String format(double value, String unit) {
    String number =
        value >= 100 || value == 0
            ? String.format(Locale.ROOT, "%.0f", value)
            : String.format(Locale.ROOT, value >= 10 ? "%.1f" : "%.2f", value);
    return unit.isEmpty() ? number : number + " " + unit;
  }
}
