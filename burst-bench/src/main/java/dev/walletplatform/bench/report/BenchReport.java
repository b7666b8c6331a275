package dev.walletplatform.bench.report;

import dev.walletplatform.bench.BenchSettings;
import dev.walletplatform.bench.baseline.PgbenchResult;
import dev.walletplatform.bench.load.LatencySummary;
import dev.walletplatform.bench.load.LoadRun;
import dev.walletplatform.bench.scenario.BenchResults;
import dev.walletplatform.bench.scenario.Capacities;
import dev.walletplatform.bench.scenario.NaiveBench;
import dev.walletplatform.bench.scenario.PlatformBench;
import dev.walletplatform.bench.scenario.Timeline;
import dev.walletplatform.bench.scenario.TimelineRow;
import dev.walletplatform.local.RunningPlatform;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The markdown report of one run: the targets against what was measured, then the details.
 */
public final class BenchReport {
  /**
   * From the issue, measured elsewhere on this kind of machine (plain HTTP, no validation): a
   * reference only.
   */
  static final double STRIMZI_BRIDGE_REFERENCE_PER_SECOND = 2_500;

  private BenchReport() {}

  public static String markdown(
      BenchResults r, String command, String machine, Optional<String> profilingNotes) {
    StringBuilder md = new StringBuilder();
    md.append("# Burst absorption and throughput (issue 8)\n\n");
    md.append("Written by `")
        .append(command)
        .append("` (")
        .append(r.settings().name())
        .append(" run, ")
        .append(minutes(r.took()))
        .append(") on ")
        .append(r.started())
        .append(".\n\n");
    md.append("Machine: ").append(machine).append(".\n\n");
    md.append(
        "Every JVM (broker, applier, gateway, wallet service, baseline server, this load generator), PostgreSQL"
            + " and pgbench share these cores, and other work may have been running too: absolute numbers drift from run"
            + " to run, **ratios between figures of the same run hold**. Rates are per second of wall time.\n\n");
    summary(md, r);
    burst(md, r);
    capacities(md, r);
    baselines(md, r);
    readyTimes(md, r);
    profilingNotes.ifPresent(notes -> md.append('\n').append(notes.strip()).append('\n'));
    return md.toString();
  }

  private static void readyTimes(StringBuilder md, BenchResults r) {
    md.append(
            "## Service ready times\n\nFrom process launch to the first `200` on `/ready` (JVM start included). First")
        .append(
            " start: every service at once with the broker and database just up and seeding under way, no")
        .append(
            " class-data archive yet. Restart: one service stopped and started again while the rest runs, as a pod")
        .append(
            " added at a scale-out, mapping the class-data archive its first run wrote (stream-processors with")
        .append(" a backlog waiting, their /ready waits for Kafka Streams to be RUNNING).\n\n");
    md.append("| service | first start, all at once | restart, alone |\n|---|---|---|\n");
    new TreeMap<>(r.readyTimes())
        .forEach(
            (name, took) ->
                md.append("| ")
                    .append(name)
                    .append(" | ")
                    .append(seconds(took))
                    .append(" | ")
                    .append(
                        r.restartTimes().containsKey(name)
                            ? seconds(r.restartTimes().get(name))
                            : "—")
                    .append(" |\n"));
  }

  private static void summary(StringBuilder md, BenchResults r) {
    PlatformBench.BurstRun p = r.platform();
    NaiveBench.NaiveRun n = r.naive();
    Capacities c = r.capacities();
    double gateway = c.gateway().acceptedPerSecond();
    md.append("## Targets and figures\n\n| | target | measured |\n|---|---|---|\n");
    row(md, "platform through the 5× spike: 5xx", "0", String.valueOf(p.load().serverErrors()));
    row(
        md,
        "platform: accepted commands lost (never decided)",
        "0",
        p.lost()
            + " of "
            + p.load().accepted()
            + (p.drained() ? "" : " (backlog not drained in time)"));
    row(
        md,
        "platform: peak database connections",
        "≤ pools' total " + r.poolTotal(),
        String.valueOf(p.timeline().peakConnections()));
    row(
        md,
        "naive fan-out through the same spike",
        "shows what production saw",
        String.format(
            Locale.ROOT,
            "%d ok, %d 5xx, %d unanswered; %d connections refused; peak %d connections of"
                + " max_connections %d; p99 %s",
            n.load().accepted(),
            n.load().serverErrors(),
            n.load().sent() - n.load().accepted() - n.load().serverErrors(),
            n.connectionsRefused(),
            n.timeline().peakConnections(),
            r.maxConnections(),
            ms(n.load().overall().p99Ms())));
    double alone = c.gatewayAlone().acceptedPerSecond();
    row(
        md,
        "gateway accepted/s (closed loop, "
            + seconds(r.settings().probe())
            + ", "
            + r.settings().probeConcurrency()
            + " in flight)",
        "≥ 5,000",
        perSecond(alone)
            + " with stream-processors stopped; "
            + perSecond(gateway)
            + " with them working beside it");
    row(
        md,
        "gateway ÷ empty endpoint, same stack, same probe",
        "≥ 0.8",
        String.format(
            Locale.ROOT,
            "%.2f (%s ÷ %s) with stream-processors stopped; %.2f (%s ÷ %s) with them working beside it",
            c.gatewayAloneToEmptyRatio(),
            perSecond(alone),
            perSecond(c.emptyEndpoint().answeredPerSecond()),
            c.gatewayToEmptyRatio(),
            perSecond(gateway),
            perSecond(c.emptyEndpoint().answeredPerSecond())));
    row(
        md,
        "gateway ÷ Strimzi bridge reference (2,500/s, from the issue, not measured here)",
        "—",
        String.format(Locale.ROOT, "%.2f", gateway / STRIMZI_BRIDGE_REFERENCE_PER_SECOND));
    row(
        md,
        "applier decided/s ÷ pgbench TPS (" + r.pgbench().connections() + " connections)",
        "≥ 2",
        applierVsPgbench(r));
    row(
        md,
        "accept-to-applied p99 at half the sustainable rate",
        "≤ 250 ms",
        String.format(
            Locale.ROOT,
            "%s (p50 %s, %d commands at %.0f/s, after %s at that rate; in those %s, just after stream-processors"
                + " restarted: p50 %s, p99 %s)",
            ms(r.halfRate().acceptToApplied().p99Ms()),
            ms(r.halfRate().acceptToApplied().p50Ms()),
            r.halfRate().acceptToApplied().commands(),
            r.halfRate().rate(),
            seconds(r.settings().halfRateWarmUp()),
            seconds(r.settings().halfRateWarmUp()),
            ms(r.halfRate().warmUp().p50Ms()),
            ms(r.halfRate().warmUp().p99Ms())));
    Duration slowest =
        r.readyTimes().values().stream().max(Duration::compareTo).orElse(Duration.ZERO);
    Duration slowestRestart =
        r.restartTimes().values().stream().max(Duration::compareTo).orElse(Duration.ZERO);
    row(
        md,
        "each service ready after start",
        "≤ 3 s",
        "restarted alone: slowest "
            + seconds(slowestRestart)
            + "; first start, all at once: slowest "
            + seconds(slowest)
            + " (table below)");
    row(
        md,
        "ledger audit after the run",
        "holds",
        r.audit().holds() ? "holds" : "VIOLATED: " + r.audit());
    md.append('\n');
  }

  private static String applierVsPgbench(BenchResults r) {
    double applier = applierRate(r);
    PgbenchResult pg = r.pgbench();
    if (!pg.ran()) {
      return String.format(
          Locale.ROOT,
          "applier %s; pgbench skipped: %s",
          perSecond(applier),
          pg.skippedBecause().get());
    }
    return String.format(
        Locale.ROOT, "%.2f (%s ÷ %s)", applier / pg.tps(), perSecond(applier), perSecond(pg.tps()));
  }

  /** The applier on its own (the deposit backlog); without it, the best the pipeline showed. */
  static double applierRate(BenchResults r) {
    if (r.capacities().applierAlonePerSecond().isPresent()) {
      return r.capacities().applierAlonePerSecond().getAsDouble();
    }
    double burst = r.platform().timeline().peakDecidedPerSecondUnderBacklog(5);
    return Math.max(burst, r.capacities().applierDrainPerSecond().orElse(0));
  }

  private static void burst(StringBuilder md, BenchResults r) {
    PlatformBench.BurstRun p = r.platform();
    BenchSettings s = r.settings();
    md.append("## The burst\n\n");
    md.append(
        String.format(
            Locale.ROOT,
            "R = %.0f requests/s for %s, then %d×R = %.0f/s for %s, then R for %s;"
                + " open model (each request sent at its due time, latency from that time), 80%% transfers, 10%% withdrawals,"
                + " 10%% giveaway claims over %d wallets. The same schedule and mix then went to naive fan-out.%n%n",
            p.rate(),
            seconds(s.steady()),
            BenchSettings.SPIKE_FACTOR,
            p.rate() * BenchSettings.SPIKE_FACTOR,
            seconds(s.spike()),
            seconds(s.after()),
            s.wallets()));
    md.append("![burst timeline](").append(s.chart().getFileName()).append(")\n\n");
    md.append("Per second: `")
        .append(s.report().getFileName().toString().replace(".md", "-timeline.csv"))
        .append(
            "`. Per phase (latency by the second the request was due; the first seconds of a phase"
                + " include the new client's TLS handshakes):\n\n");
    md.append(
        "| target | phase | sent | accepted | 5xx | other failures | p50, median second | p99, worst second | max"
            + " | peak lag | peak DB connections |\n");
    md.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
    phases(md, p.timeline());
    phases(md, r.naive().timeline());
    md.append(
        String.format(
            Locale.ROOT,
            "%nPlatform: the backlog peaked at %d records and was drained %s after the"
                + " last request; decided: %s. Naive fan-out opened %d connections, %d of them refused by PostgreSQL.%n%n",
            p.timeline().peakLag(),
            seconds(p.drainAfterLoad()),
            p.decided(),
            r.naive().connectionsOpened(),
            r.naive().connectionsRefused()));
  }

  private static void phases(StringBuilder md, Timeline timeline) {
    for (String phase : List.of("steady", "spike", "after", "drain")) {
      List<TimelineRow> rows =
          timeline.rows().stream().filter(x -> x.phase().equals(phase)).toList();
      if (rows.isEmpty()) {
        continue;
      }
      long sent = rows.stream().mapToLong(x -> x.load().sent()).sum();
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %d | %d | %d | %d | %s | %s | %s | %d | %d |%n",
              timeline.target(),
              phase,
              sent,
              rows.stream().mapToLong(x -> x.load().accepted()).sum(),
              rows.stream().mapToLong(x -> x.load().serverErrors()).sum(),
              rows.stream().mapToLong(x -> x.load().otherFailures()).sum(),
              ms(medianP50(rows)),
              ms(rows.stream().mapToDouble(x -> x.load().latency().p99Ms()).max().orElse(0)),
              ms(rows.stream().mapToDouble(x -> x.load().latency().maxMs()).max().orElse(0)),
              rows.stream().mapToLong(x -> x.system().lag()).max().orElse(0),
              rows.stream().mapToInt(x -> x.system().dbConnectionsPeak()).max().orElse(0)));
    }
  }

  /** The median over the phase's seconds (with answers) of each second's p50. */
  static double medianP50(List<TimelineRow> rows) {
    double[] p50s =
        rows.stream()
            .filter(x -> x.load().latency().count() > 0)
            .mapToDouble(x -> x.load().latency().p50Ms())
            .sorted()
            .toArray();
    return p50s.length == 0 ? 0 : p50s[p50s.length / 2];
  }

  private static void capacities(StringBuilder md, BenchResults r) {
    Capacities c = r.capacities();
    md.append("## Capacity (closed loop, ")
        .append(r.settings().probeConcurrency())
        .append(" requests in flight, ")
        .append(seconds(r.settings().probe()))
        .append(" each, after a warm-up of ")
        .append(seconds(r.settings().probe().multipliedBy(3)))
        .append(" on the same target)\n\n");
    md.append("p50/p99 here are closed-model latencies (per answer), not the open model's.\n\n");
    md.append("| target | answered/s | accepted/s | p50 | p99 |\n|---|---|---|---|---|\n");
    capacityRow(
        md,
        "empty endpoint, same stack (Dropwizard/Jetty/Jersey, HTTPS, virtual threads)",
        c.emptyEndpoint());
    capacityRow(
        md,
        "gateway: auth, validation, Avro, Kafka acks=all — stream-processors working beside it",
        c.gateway());
    capacityRow(
        md,
        "gateway, the same — stream-processors stopped (as on nodes of its own)",
        c.gatewayAlone());
    md.append(
        String.format(
            Locale.ROOT,
            "%nstream-processors (screening, then the applier), restarted, %s (backlog"
                + " left by the gateway probe: %d records); while the gateway probe ran beside them they decided %s/s; best 5 s"
                + " under backlog during the burst: %s decided/s. The applier alone, on"
                + " a backlog of %s deposits published straight to its events topic: %s decided/s. Sustainable rate taken as"
                + " %s (the least of the gateway's accepted/s, what stream-processors decided beside it, and their drain); half"
                + " of it drove the accept-to-applied phase.%n%n",
            c.applierDrainPerSecond().isPresent()
                ? "drained at " + perSecond(c.applierDrainPerSecond().getAsDouble()) + " decided/s"
                : "had too small a backlog to time a drain",
            c.backlogAfterGatewayProbe(),
            c.decidedDuringGatewayProbe().isPresent()
                ? perSecond(c.decidedDuringGatewayProbe().getAsDouble())
                : "(not read)",
            perSecond(r.platform().timeline().peakDecidedPerSecondUnderBacklog(5)),
            perSecond(c.applierProbeDeposits()),
            c.applierAlonePerSecond().isPresent()
                ? perSecond(c.applierAlonePerSecond().getAsDouble())
                : "not finished",
            perSecond(c.sustainablePerSecond())));
  }

  private static void capacityRow(StringBuilder md, String name, LoadRun run) {
    LatencySummary l = run.overall();
    md.append(
        String.format(
            Locale.ROOT,
            "| %s | %s | %s | %s | %s |%n",
            name,
            perSecond(run.answeredPerSecond()),
            perSecond(run.acceptedPerSecond()),
            ms(l.p50Ms()),
            ms(l.p99Ms())));
  }

  private static void baselines(StringBuilder md, BenchResults r) {
    md.append("## Raw limits of the parts\n\n");
    md.append(
        String.format(
            Locale.ROOT,
            "- **Kafka** (`ProducerPerformance`, kafka-tools 4.3.1, same broker, %d-byte"
                + " records = the mean size of the gateway's Avro commands, acks=all, idempotent): %s records/s, avg latency"
                + " %.0f ms, p99 %.0f ms. `%s`%n",
            r.producerPerf().recordSize(),
            perSecond(r.producerPerf().recordsPerSecond()),
            r.producerPerf().avgLatencyMs(),
            r.producerPerf().p99LatencyMs(),
            r.producerPerf().summaryLine()));
    PgbenchResult pg = r.pgbench();
    if (pg.ran()) {
      md.append(
          String.format(
              Locale.ROOT,
              "- **PostgreSQL** (pgbench, the applier's transaction for one transfer —"
                  + " `burst-bench/src/main/resources/bench/pgbench-transfer.sql` — on %d connections, the applier's pool,"
                  + " SERIALIZABLE, serialization failures retried): %s TPS, latency avg %.1f ms, %d transactions, %d failed."
                  + "%n  `%s`%n",
              pg.connections(),
              perSecond(pg.tps()),
              pg.latencyAvgMs(),
              pg.transactions(),
              pg.failed(),
              pg.command()));
    } else {
      md.append("- **PostgreSQL** (pgbench): skipped — ")
          .append(pg.skippedBecause().get())
          .append('\n');
    }
    md.append(
        String.format(
            Locale.ROOT,
            "- **Applier** (batches of up to 500 in one transaction, pool of %d): %s"
                + " decided/s.%n%n",
            RunningPlatform.APPLIER_POOL,
            perSecond(applierRate(r))));
  }

  private static void row(StringBuilder md, String what, String target, String measured) {
    md.append("| ")
        .append(what)
        .append(" | ")
        .append(target)
        .append(" | ")
        .append(measured)
        .append(" |\n");
  }

  static String perSecond(double value) {
    return String.format(Locale.ROOT, "%,.0f", value);
  }

  static String ms(double value) {
    return value >= 1000
        ? String.format(Locale.ROOT, "%.2f s", value / 1000)
        : String.format(Locale.ROOT, "%.1f ms", value);
  }

  static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
  }

  private static String minutes(Duration d) {
    return String.format(Locale.ROOT, "%d min %02d s", d.toMinutes(), d.toSecondsPart());
  }
}
