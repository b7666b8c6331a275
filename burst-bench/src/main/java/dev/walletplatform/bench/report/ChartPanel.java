package dev.walletplatform.bench.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.util.List;
import java.util.Locale;

/**
 * One panel of the chart: series over seconds in a box, with axes, a shaded spike and a legend. Log
 * scale for latency, where the naive fan-out's seconds and the platform's milliseconds must both
 * stay readable.
 */
final class ChartPanel {
  record Series(String name, Color color, double[] values, boolean dashed) {}

  record Level(String name, Color color, double value) {}

  private static final Stroke DASHED =
      new BasicStroke(
          1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f);
  private static final Stroke SOLID = new BasicStroke(1.8f);

  private final String title;
  private final List<Series> series;
  private final List<Level> levels;
  private final boolean logScale;

  ChartPanel(String title, List<Series> series, List<Level> levels, boolean logScale) {
    this.title = title;
    this.series = List.copyOf(series);
    this.levels = List.copyOf(levels);
    this.logScale = logScale;
  }

  void draw(
      Graphics2D g, int x, int y, int width, int height, int seconds, int spikeFrom, int spikeTo) {
    int left = x + 70;
    int right = x + width - 20;
    int top = y + 26;
    int bottom = y + height - 28;
    double max = Math.max(1, maxValue());
    double min = logScale ? 1 : 0;
    g.setColor(new Color(235, 235, 235));
    g.fillRect(
        xOf(spikeFrom, left, right, seconds),
        top,
        xOf(spikeTo, left, right, seconds) - xOf(spikeFrom, left, right, seconds),
        bottom - top);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
    g.drawString(title, left, y + 16);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    g.drawRect(left, top, right - left, bottom - top);
    for (int i = 0; i <= 4; i++) {
      double value = logScale ? Math.pow(10, Math.log10(max) * i / 4) : max * i / 4;
      int ty = yOf(value, min, max, top, bottom);
      g.setColor(new Color(210, 210, 210));
      g.drawLine(left + 1, ty, right - 1, ty);
      g.setColor(Color.DARK_GRAY);
      g.drawString(label(value), x + 4, ty + 4);
    }
    for (int s = 0; s <= seconds; s += tickStep(seconds)) {
      g.drawString(s + "s", xOf(s, left, right, seconds) - 8, bottom + 14);
    }
    for (Level level : levels) {
      g.setColor(level.color());
      g.setStroke(DASHED);
      int ly = yOf(level.value(), min, max, top, bottom);
      g.drawLine(left, ly, right, ly);
    }
    for (Series s : series) {
      drawSeries(g, s, min, max, left, right, top, bottom, seconds);
    }
    g.setStroke(SOLID);
    legend(g, left + 8, top + 14);
  }

  private void drawSeries(
      Graphics2D g,
      Series s,
      double min,
      double max,
      int left,
      int right,
      int top,
      int bottom,
      int seconds) {
    g.setColor(s.color());
    g.setStroke(s.dashed() ? DASHED : SOLID);
    int prevX = -1;
    int prevY = -1;
    for (int i = 0; i < s.values().length; i++) {
      double v = s.values()[i];
      if (Double.isNaN(v) || v < 0) {
        prevX = -1;
        continue;
      }
      int px = xOf(i, left, right, seconds);
      int py = yOf(v, min, max, top, bottom);
      if (prevX >= 0) {
        g.drawLine(prevX, prevY, px, py);
      }
      prevX = px;
      prevY = py;
    }
  }

  private void legend(Graphics2D g, int x, int y) {
    int at = x;
    for (Series s : series) {
      at = legendEntry(g, at, y, s.name(), s.color());
    }
    for (Level l : levels) {
      at = legendEntry(g, at, y, l.name(), l.color());
    }
  }

  private static int legendEntry(Graphics2D g, int x, int y, String name, Color color) {
    g.setColor(color);
    g.fillRect(x, y - 8, 12, 8);
    g.setColor(Color.BLACK);
    g.drawString(name, x + 16, y);
    return x + 24 + g.getFontMetrics().stringWidth(name);
  }

  private double maxValue() {
    double max = 0;
    for (Series s : series) {
      for (double v : s.values()) {
        if (!Double.isNaN(v)) {
          max = Math.max(max, v);
        }
      }
    }
    for (Level l : levels) {
      max = Math.max(max, l.value());
    }
    return max * 1.1;
  }

  private int yOf(double value, double min, double max, int top, int bottom) {
    double fraction =
        logScale
            ? (Math.log10(Math.max(value, min)) - Math.log10(min))
                / (Math.log10(max) - Math.log10(min))
            : (value - min) / (max - min);
    return bottom - (int) Math.round(Math.min(1, Math.max(0, fraction)) * (bottom - top));
  }

  private static int xOf(int second, int left, int right, int seconds) {
    return left + (int) Math.round((double) second / Math.max(1, seconds) * (right - left));
  }

  private static int tickStep(int seconds) {
    return seconds <= 30 ? 5 : seconds <= 120 ? 15 : seconds <= 300 ? 30 : 60;
  }

  private static String label(double value) {
    if (value >= 10_000) {
      return String.format(Locale.ROOT, "%.0fk", value / 1000);
    }
    return value >= 10
        ? String.format(Locale.ROOT, "%.0f", value)
        : String.format(Locale.ROOT, "%.1f", value);
  }
}
