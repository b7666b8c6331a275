package dev.walletplatform.bench.scenario;

import dev.walletplatform.bench.BenchSettings;
import dev.walletplatform.bench.load.ArrivalSchedule;
import dev.walletplatform.bench.load.ClosedLoopProbe;
import dev.walletplatform.bench.load.HttpsCommandTarget;
import dev.walletplatform.bench.load.LoadRun;
import dev.walletplatform.bench.load.LoadTarget;
import dev.walletplatform.bench.load.OpenLoadGenerator;
import dev.walletplatform.bench.load.RatePhase;
import dev.walletplatform.bench.load.RequestMix;
import dev.walletplatform.bench.observe.LagProbe;
import dev.walletplatform.bench.observe.PrometheusCounters;
import dev.walletplatform.bench.observe.SystemSampler;
import dev.walletplatform.local.RunningPlatform;
import dev.walletplatform.local.ServiceProcess;
import dev.walletplatform.local.observe.ConnectionSampler;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** The platform's side of the run: capacities, the half-rate latency phase and the burst. */
public final class PlatformBench {
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration RESTART_TIMEOUT = Duration.ofMinutes(2);

  /** The applier probe's backlog: 30,000 deposits for the full run's 2,000 wallets. */
  private static final int DEPOSITS_PER_WALLET = 15;

  private final RunningPlatform platform;
  private final BenchSettings settings;
  private final Seeder.Seeded seeded;
  private final LagProbe lag;
  private final ConnectionSampler connections;
  private final LedgerQueries ledger;
  private final URI applierAdmin;

  /** stream-processors' decided counters, read around each probe and every second of the burst. */
  private final PrometheusCounters counters;

  public PlatformBench(
      RunningPlatform platform,
      BenchSettings settings,
      Seeder.Seeded seeded,
      LagProbe lag,
      ConnectionSampler connections) {
    this.platform = platform;
    this.settings = settings;
    this.seeded = seeded;
    this.lag = lag;
    this.connections = connections;
    this.ledger = new LedgerQueries(platform.ledgerDataSource());
    this.applierAdmin = platform.service("ledger-applier").adminUri();
    this.counters =
        new PrometheusCounters(applierAdmin, platform.credentials().metricsAuthorization());
  }

  /** A target on the gateway whose Idempotency-Keys start with {@code phase}. */
  LoadTarget gateway(String phase) {
    return new HttpsCommandTarget(
        platform.gatewayUri(),
        "",
        platform.credentials()::tokenForWallet,
        platform.clientTls(),
        mix(phase),
        REQUEST_TIMEOUT);
  }

  RequestMix mix(String phase) {
    return new RequestMix(seeded.wallets(), seeded.campaigns(), "bench-" + phase, settings.seed());
  }

  /** Closed-loop capacity of the empty endpoint, then of the gateway, then the applier's drain. */
  public Capacities capacities(LoadTarget emptyEndpoint) {
    ClosedLoopProbe probe = new ClosedLoopProbe(settings.probeConcurrency(), settings.probe());
    // Warm-up: on this machine the gateway's throughput kept climbing for over a minute of load
    // (JIT
    // on two busy cores; see GatewayAbMain), so a short warm-up measured compilation, not the
    // gateway
    ClosedLoopProbe warmUp =
        new ClosedLoopProbe(settings.probeConcurrency(), settings.probe().multipliedBy(3));
    warmUp.run(emptyEndpoint, 0);
    LoadRun empty = probe.run(emptyEndpoint, 1_000_000);
    warmUp.run(gateway("warmup"), 0);
    Drain.await(lag, settings.drainTimeout());
    double decidedBefore = counters.sum(PrometheusCounters::decided).orElse(Double.NaN);
    LoadRun gateway = probe.run(gateway("probe"), 0);
    double decidedDuring =
        counters.sum(PrometheusCounters::decided).orElse(Double.NaN) - decidedBefore;
    OptionalDouble keptUpWith =
        Double.isNaN(decidedDuring)
            ? OptionalDouble.empty()
            : OptionalDouble.of(decidedDuring / settings.probe().toMillis() * 1000);
    Drain.await(lag, settings.drainTimeout());
    // In production the gateway has nodes of its own; here stream-processors working off what it
    // just
    // accepted take the same two cores. So once more with them stopped: the gateway's own capacity,
    // and a backlog big enough to time their drain after a restart
    ServiceProcess processors = platform.service("ledger-applier");
    processors.stop();
    LoadRun gatewayAlone = probe.run(gateway("alone"), 0);
    long backlog = lag.totalLag();
    processors.restart(RESTART_TIMEOUT);
    Duration processorsRestart = processors.startedIn();
    OptionalDouble pipelineDrain = drainRate(backlog);
    int deposits = seeded.wallets().size() * DEPOSITS_PER_WALLET;
    OptionalDouble applierAlone =
        ApplierProbe.depositsPerSecond(
            platform, applierAdmin, seeded.wallets(), deposits, settings.drainTimeout());
    Drain.await(lag, settings.drainTimeout());
    return new Capacities(
        empty,
        gateway,
        gatewayAlone,
        keptUpWith,
        pipelineDrain,
        backlog,
        applierAlone,
        deposits,
        processorsRestart);
  }

  /**
   * Restarts the gateway and the wallet service one at a time (stream-processors were restarted in
   * {@link #capacities}): launch to ready of a pod joining a running platform, as at a scale-out,
   * with the class-data archive their first run wrote. Only after the platform's last phase: a
   * restarted gateway has lost its JIT warm-up.
   */
  public Map<String, Duration> restartOneAtATime() {
    Map<String, Duration> ready = new LinkedHashMap<>();
    for (String name : List.of("ingest-gateway", "wallet-service")) {
      ServiceProcess service = platform.service(name);
      service.restart(RESTART_TIMEOUT);
      ready.put(name, service.startedIn());
    }
    return ready;
  }

  /** decided/s while the backlog drains with nothing else arriving; empty without a backlog. */
  private OptionalDouble drainRate(long backlog) {
    long start = System.nanoTime();
    double before = counters.sum(PrometheusCounters::decided).orElse(Double.NaN);
    Optional<Instant> drained = Drain.await(lag, settings.drainTimeout());
    double after = counters.sum(PrometheusCounters::decided).orElse(Double.NaN);
    double seconds = (System.nanoTime() - start) / 1e9;
    // below a couple of seconds of work the figure is mostly the polling interval
    if (backlog < 2_000
        || drained.isEmpty()
        || Double.isNaN(before)
        || Double.isNaN(after)
        || seconds < 1) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of((after - before) / seconds);
  }

  /**
   * An open-model run at {@code rate}, then the accept-to-applied times of what it got accepted —
   * after a warm-up at the same rate: stream-processors were just restarted by {@link #capacities},
   * and their first minute or so of load is JIT warm-up that holds every command for up to seconds.
   * The warm-up's own figures are kept and reported beside the measured ones.
   */
  public HalfRateRun halfRate(double rate) {
    LoadRun warmUp = openRun("half-warm-up", rate, settings.halfRateWarmUp());
    Drain.await(lag, settings.drainTimeout());
    AcceptToApplied warm = ledger.acceptToApplied(warmUp.acceptedCommandIds());
    LoadRun run = openRun("half", rate, settings.halfRate());
    Drain.await(lag, settings.drainTimeout());
    return new HalfRateRun(rate, run, ledger.acceptToApplied(run.acceptedCommandIds()), warm);
  }

  private LoadRun openRun(String name, double rate, Duration length) {
    ArrivalSchedule schedule = new ArrivalSchedule(List.of(new RatePhase(name, rate, length)));
    return new OpenLoadGenerator(settings.maxInFlight(), settings.connections())
        .run(schedule, gateway(name), System.nanoTime());
  }

  /**
   * @param warmUp accept-to-applied of the warm-up at the same rate just before, not the target's
   *     figure
   */
  public record HalfRateRun(
      double rate, LoadRun load, AcceptToApplied acceptToApplied, AcceptToApplied warmUp) {}

  /** The burst through the gateway, sampled each second until the backlog is drained. */
  public BurstRun burst(double rate) {
    ArrivalSchedule schedule = BurstPhases.schedule(settings, rate);
    long start = System.nanoTime();
    LoadRun run;
    Optional<Instant> drained;
    List<dev.walletplatform.bench.observe.SystemSample> samples;
    try (SystemSampler sampler =
        new SystemSampler(Optional.of(lag), Optional.of(counters), connections, start)) {
      run =
          new OpenLoadGenerator(settings.maxInFlight(), settings.connections())
              .run(schedule, gateway("burst"), start);
      drained = Drain.await(lag, settings.drainTimeout());
      Drain.sleep(Duration.ofSeconds(2)); // a last sample or two at rest
      samples = sampler.samples();
    }
    Duration drainTime =
        drained
            .map(at -> Duration.between(startInstant(start), at).minus(schedule.duration()))
            .orElse(settings.drainTimeout());
    Map<String, Integer> status = ledger.statusOf(run.acceptedCommandIds());
    return new BurstRun(
        rate,
        Timeline.join("platform", schedule, run, samples),
        run,
        status,
        drained.isPresent(),
        drainTime);
  }

  private static Instant startInstant(long startNanos) {
    return Instant.now().minusNanos(System.nanoTime() - startNanos);
  }

  /**
   * @param decided by status for the accepted commands; "PENDING" ones were never decided: lost
   * @param drainAfterLoad from the end of the schedule until lag was zero
   */
  public record BurstRun(
      double rate,
      Timeline timeline,
      LoadRun load,
      Map<String, Integer> decided,
      boolean drained,
      Duration drainAfterLoad) {
    public long lost() {
      return decided.getOrDefault("PENDING", 0);
    }
  }

  public int maxConnections() {
    return ledger.maxConnections();
  }

  public int commandRecordSize() {
    return CommandRecordSize.measure(platform.kafka().bootstrapServers(), 2_000);
  }
}
