package dev.walletplatform.processors.screening;

import static dev.walletplatform.processors.streams.TopologyFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.walletplatform.kit.tracing.KafkaTraceHeaders;
import dev.walletplatform.kit.tracing.TraceAttributes;
import dev.walletplatform.kit.tracing.Tracing;
import dev.walletplatform.kit.tracing.TracingSettings;
import dev.walletplatform.processors.config.ScreeningSettings;
import dev.walletplatform.processors.config.WindowLimit;
import dev.walletplatform.processors.screening.ScreeningVerdict.Passed;
import dev.walletplatform.processors.streams.TopologyFixture;
import dev.walletplatform.processors.streams.serde.AcceptedCommand;
import dev.walletplatform.processors.streams.serde.WalletSerdes;
import dev.walletplatform.schemas.Topics;
import dev.walletplatform.schemas.command.v1.WalletCommand;
import dev.walletplatform.schemas.registry.InMemorySchemaRegistryClient;
import dev.walletplatform.schemas.serde.AvroSerializer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.MockProcessorContext.CapturedForward;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The per-wallet gate on its own, with the device stage silent — which the topology tests cannot
 * arrange: a claim whose verdict never comes must not hold its wallet forever.
 */
class ScreeningProcessorTest {
  private static final io.dropwizard.util.Duration TIMEOUT =
      io.dropwizard.util.Duration.seconds(20);
  private final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
  private final WalletSerdes serdes = new WalletSerdes(registry);
  private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
  private final MockProcessorContext<String, ScreeningVerdict> context =
      new MockProcessorContext<>();
  private final InMemorySpanExporter spans = InMemorySpanExporter.create();
  private final Tracing tracing =
      Tracing.create(TracingSettings.defaults(), "stream-processors", List.of(spans));
  private final ScreeningProcessor processor =
      new ScreeningProcessor(
          ScreeningSettings.fromYaml(
              new WindowLimit(5, io.dropwizard.util.Duration.minutes(1)),
              null,
              null,
              null,
              Map.of(),
              TIMEOUT),
          new ScreeningMetrics(metrics, Clock.systemUTC()),
          tracing);

  @BeforeEach
  void init() {
    addStore(
        Stores.windowStoreBuilder(
                Stores.inMemoryWindowStore(
                    ScreeningTopology.VERDICTS_STORE,
                    Duration.ofHours(3),
                    Duration.ofMillis(1),
                    false),
                Serdes.String(),
                Serdes.String())
            .withLoggingDisabled()
            .build());
    addStore(
        Stores.windowStoreBuilder(
                Stores.inMemoryWindowStore(
                    ScreeningTopology.WALLET_WITHDRAWALS_STORE,
                    Duration.ofHours(2),
                    Duration.ofHours(1),
                    false),
                Serdes.String(),
                Serdes.Long())
            .withLoggingDisabled()
            .build());
    addStore(
        Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(ScreeningTopology.PENDING_STORE),
                Serdes.String(),
                PendingCommand.serde(serdes.commands()))
            .withLoggingDisabled()
            .build());
    processor.init(context);
    context.setCurrentSystemTimeMs(T0.toEpochMilli());
  }

  @Test
  void holdsAWalletsCommandsBehindAnUndecidedClaimThenReleasesThemInOrderAfterTheTimeout() {
    WalletCommand claim = TopologyFixture.claim("spring-drop", "alice-1", "dev", T0);
    WalletCommand transfer = TopologyFixture.transfer("alice-1", "bob-22", T0.plusSeconds(1));
    WalletCommand otherWallet = TopologyFixture.transfer("carol-3", "bob-22", T0.plusSeconds(2));
    accept("alice-1", claim, 0);
    accept("alice-1", transfer, 1);
    accept("carol-3", otherWallet, 2);
    assertThat(passedIds())
        .as("only the wallet without a waiting claim")
        .containsExactly(id(otherWallet));

    context.resetForwards();
    punctuateAt(T0.plus(TIMEOUT.toJavaDuration()).minusMillis(1));
    assertThat(context.forwarded()).as("not before the timeout").isEmpty();
    punctuateAt(T0.plus(TIMEOUT.toJavaDuration()).plusMillis(1));

    assertThat(passedIds()).containsExactly(id(claim), id(transfer));
    assertThat(metrics.counter("screening.claims.verdict.timeouts").count()).isEqualTo(1.0);
  }

  @Test
  void aVerdictArrivingReleasesTheClaimAndWhatWaitsBehindIt() {
    WalletCommand claim = TopologyFixture.claim("spring-drop", "dave-4", "dev", T0);
    WalletCommand transfer = TopologyFixture.transfer("dave-4", "bob-22", T0.plusSeconds(1));
    accept("dave-4", claim, 0);
    accept("dave-4", transfer, 1);
    assertThat(context.forwarded()).isEmpty();

    processor.process(
        new Record<>(
            "dave-4",
            new ScreeningInput.Verdict(
                new ClaimVerdict(id(claim), "dave-4", "DEVICE_CLAIM_LIMIT_EXCEEDED", T0)),
            T0.toEpochMilli()));

    List<CapturedForward<? extends String, ? extends ScreeningVerdict>> out = context.forwarded();
    assertThat(out).hasSize(2);
    assertThat(out.get(0).record().value()).isInstanceOf(ScreeningVerdict.Rejected.class);
    assertThat(((Passed) out.get(1).record().value()).command().commandId())
        .isEqualTo(id(transfer));
  }

  @Test
  void aCommandIsOneSpanChildOfTheGatewaysWhoseContextTheRecordSentOnCarriesInstead() {
    Span gateway = tracing.tracer().spanBuilder("publish " + Topics.COMMANDS).startSpan();
    Headers in = new RecordHeaders();
    tracing.kafka().inject(gateway, in);
    WalletCommand transfer = TopologyFixture.transfer("erin-5", "bob-22", T0);

    accept("erin-5", transfer, 7, in);

    SpanData screened = spans.getFinishedSpanItems().getFirst();
    assertThat(screened.getName()).isEqualTo("screen " + Topics.COMMANDS);
    assertThat(screened.getParentSpanId()).isEqualTo(gateway.getSpanContext().getSpanId());
    assertThat(screened.getAttributes().get(TraceAttributes.COMMAND_ID)).isEqualTo(id(transfer));
    assertThat(screened.getAttributes().get(TraceAttributes.COMMAND_KIND)).isEqualTo("TRANSFER");
    assertThat(screened.getAttributes().get(TraceAttributes.OFFSET)).isEqualTo(7L);
    assertThat(screened.getAttributes().get(ScreeningTraces.VERDICT)).isEqualTo("PASSED");
    assertThat(traceparents(context.forwarded().getFirst().record().headers()))
        .containsExactly(traceparentOf(screened));
  }

  @Test
  void aClaimKeepsItsSpanWhileItWaitsAndItsRejectionCarriesIt() {
    Span gateway = tracing.tracer().spanBuilder("publish " + Topics.COMMANDS).startSpan();
    Headers in = new RecordHeaders();
    tracing.kafka().inject(gateway, in);
    WalletCommand claim = TopologyFixture.claim("spring-drop", "frank-6", "dev", T0);
    accept("frank-6", claim, 0, in);
    assertThat(spans.getFinishedSpanItems()).as("open while it waits").isEmpty();

    processor.process(
        new Record<>(
            "frank-6",
            new ScreeningInput.Verdict(
                new ClaimVerdict(id(claim), "frank-6", "DEVICE_CLAIM_LIMIT_EXCEEDED", T0)),
            T0.toEpochMilli(),
            in));

    assertThat(spans.getFinishedSpanItems()).hasSize(1);
    SpanData screened = spans.getFinishedSpanItems().getFirst();
    assertThat(screened.getParentSpanId()).isEqualTo(gateway.getSpanContext().getSpanId());
    assertThat(screened.getAttributes().get(ScreeningTraces.WAITED)).isTrue();
    assertThat(screened.getAttributes().get(ScreeningTraces.VERDICT))
        .isEqualTo("DEVICE_CLAIM_LIMIT_EXCEEDED");
    assertThat(screened.getAttributes().get(ScreeningTraces.SENT_TO)).isEqualTo(Topics.RESULTS);
    assertThat(traceparents(context.forwarded().getFirst().record().headers()))
        .containsExactly(traceparentOf(screened));
  }

  private static List<String> traceparents(Headers headers) {
    return java.util.stream.StreamSupport.stream(
            headers.headers(KafkaTraceHeaders.TRACEPARENT).spliterator(), false)
        .map(h -> new String(h.value(), StandardCharsets.UTF_8))
        .toList();
  }

  private static String traceparentOf(SpanData span) {
    return "00-"
        + span.getTraceId()
        + "-"
        + span.getSpanId()
        + "-"
        + span.getSpanContext().getTraceFlags().asHex();
  }

  private void accept(String wallet, WalletCommand command, long offset) {
    accept(wallet, command, offset, new RecordHeaders());
  }

  private void accept(String wallet, WalletCommand command, long offset, Headers headers) {
    byte[] bytes = new AvroSerializer<WalletCommand>(registry).serialize(Topics.COMMANDS, command);
    context.setRecordMetadata(Topics.COMMANDS, 0, offset);
    processor.process(
        new Record<>(
            wallet,
            new ScreeningInput.Command(new AcceptedCommand(bytes, command)),
            command.getAcceptedAt().toEpochMilli(),
            headers));
  }

  private void punctuateAt(Instant now) {
    context.setCurrentSystemTimeMs(now.toEpochMilli());
    context.scheduledPunctuators().getFirst().getPunctuator().punctuate(now.toEpochMilli());
  }

  private List<String> passedIds() {
    return context.forwarded().stream()
        .map(f -> f.record().value())
        .filter(Passed.class::isInstance)
        .map(v -> ((Passed) v).command().commandId())
        .toList();
  }

  private void addStore(StateStore store) {
    store.init(context.getStateStoreContext(), store);
    context.addStateStore(store);
  }

  private static String id(WalletCommand command) {
    return command.getCommandId().toString();
  }
}
