package dev.walletplatform.gateway.kafka;

import dev.walletplatform.gateway.command.CommandEnvelope;
import dev.walletplatform.gateway.command.GiveawayClaimCommand;
import dev.walletplatform.gateway.command.TransferCommand;
import dev.walletplatform.gateway.command.WithdrawalCommand;
import dev.walletplatform.gateway.error.GatewayErrorCode;
import dev.walletplatform.gateway.error.UnavailableException;
import dev.walletplatform.kit.tracing.HopScope;
import dev.walletplatform.kit.tracing.TraceAttributes;
import dev.walletplatform.kit.tracing.Tracing;
import dev.walletplatform.schemas.Topics;
import dev.walletplatform.schemas.command.v1.WalletCommand;
import dev.walletplatform.schemas.registry.SchemaRegistryClient;
import dev.walletplatform.schemas.registry.SchemaRegistryException;
import io.dropwizard.lifecycle.Managed;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Produces each command and waits for the ack, never longer than {@code ackTimeout}. Three guards
 * keep a Kafka outage from becoming a pile of hanging requests: the producer's own {@code
 * max.block.ms}, a circuit breaker that answers 503 at once while Kafka keeps failing, and a
 * bulkhead of at most {@code maxInFlight} requests waiting for acks (503 OVERLOADED beyond it).
 *
 * <p>Each publish is a {@link SpanKind#PRODUCER PRODUCER} span {@value #SPAN_NAME}, child of the
 * request's server span; the record carries that span's context in its {@code traceparent} header,
 * so screening continues the command's trace.
 */
public final class KafkaCommandPublisher implements CommandPublisher, Managed {
  private static final Logger LOG = LoggerFactory.getLogger(KafkaCommandPublisher.class);

  /** The bulkhead frees up as soon as acks arrive (milliseconds): a short wait suffices. */
  private static final Duration OVERLOADED_RETRY_AFTER = Duration.ofSeconds(1);

  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);

  static final String SPAN_NAME = "publish " + Topics.COMMANDS;

  private final Producer<String, WalletCommand> producer;
  private final SchemaRegistryClient registry;
  private final CircuitBreaker breaker;
  private final Duration ackTimeout;
  private final Duration unavailableRetryAfter;
  private final Semaphore inFlight;
  private final int maxInFlight;
  private final Duration warmUpLimit;
  private final Tracing tracing;

  public KafkaCommandPublisher(
      Producer<String, WalletCommand> producer,
      SchemaRegistryClient registry,
      CircuitBreaker breaker,
      Duration ackTimeout,
      Duration unavailableRetryAfter,
      int maxInFlight) {
    this(
        producer,
        registry,
        breaker,
        ackTimeout,
        unavailableRetryAfter,
        maxInFlight,
        DEFAULT_WARM_UP_LIMIT);
  }

  /**
   * @param warmUpLimit how long {@link #start()} asks for the commands topic's metadata before
   *     serving anyway
   */
  public KafkaCommandPublisher(
      Producer<String, WalletCommand> producer,
      SchemaRegistryClient registry,
      CircuitBreaker breaker,
      Duration ackTimeout,
      Duration unavailableRetryAfter,
      int maxInFlight,
      Duration warmUpLimit) {
    this(
        producer,
        registry,
        breaker,
        ackTimeout,
        unavailableRetryAfter,
        maxInFlight,
        warmUpLimit,
        Tracing.noop());
  }

  /**
   * @param tracing the gateway's: each publish is a producer span, its context in the record
   */
  public KafkaCommandPublisher(
      Producer<String, WalletCommand> producer,
      SchemaRegistryClient registry,
      CircuitBreaker breaker,
      Duration ackTimeout,
      Duration unavailableRetryAfter,
      int maxInFlight,
      Duration warmUpLimit,
      Tracing tracing) {
    this.tracing = tracing;
    this.warmUpLimit = warmUpLimit;
    this.producer = producer;
    this.registry = registry;
    this.breaker = breaker;
    this.ackTimeout = ackTimeout;
    this.unavailableRetryAfter = unavailableRetryAfter;
    this.maxInFlight = maxInFlight;
    this.inFlight = new Semaphore(maxInFlight);
  }

  @Override
  @SuppressWarnings("try") // the hop's scope is held for the publish, never referenced in it
  public void publish(CommandEnvelope envelope) {
    String commandId = envelope.commandId().toString();
    Span span =
        tracing
            .tracer()
            .spanBuilder(SPAN_NAME)
            .setSpanKind(SpanKind.PRODUCER)
            .setAttribute(TraceAttributes.MESSAGING_SYSTEM, TraceAttributes.KAFKA)
            .setAttribute(TraceAttributes.DESTINATION, Topics.COMMANDS)
            .setAttribute(TraceAttributes.OPERATION_TYPE, "send")
            .setAttribute(TraceAttributes.COMMAND_ID, commandId)
            .setAttribute(TraceAttributes.COMMAND_KIND, kindOf(envelope))
            .startSpan();
    try (HopScope hop = HopScope.enter(span, commandId)) {
      publishGuarded(envelope, span);
    } catch (UnavailableException e) {
      span.setStatus(StatusCode.ERROR, e.getMessage());
      throw e;
    } finally {
      span.end();
    }
  }

  private static String kindOf(CommandEnvelope envelope) {
    return switch (envelope.command()) {
      case TransferCommand transfer -> "TRANSFER";
      case WithdrawalCommand withdrawal -> "WITHDRAWAL";
      case GiveawayClaimCommand claim -> "GIVEAWAY_CLAIM";
    };
  }

  private void publishGuarded(CommandEnvelope envelope, Span span) {
    if (!inFlight.tryAcquire()) {
      throw new UnavailableException(
          GatewayErrorCode.OVERLOADED,
          "this gateway already waits for " + maxInFlight + " Kafka acks; retry shortly",
          OVERLOADED_RETRY_AFTER,
          Map.of("max_in_flight_publishes", maxInFlight),
          null);
    }
    try {
      if (!breaker.tryAcquirePermission()) {
        throw unavailable("Kafka is failing; commands are refused until it recovers", null);
      }
      long start = breaker.getCurrentTimestamp();
      try {
        sendAndAwaitAck(envelope, span);
        breaker.onSuccess(breaker.getCurrentTimestamp() - start, breaker.getTimestampUnit());
      } catch (UnavailableException e) {
        breaker.onError(breaker.getCurrentTimestamp() - start, breaker.getTimestampUnit(), e);
        throw e;
      }
    } finally {
      inFlight.release();
    }
  }

  /**
   * Messages go to mobile clients, so they name no internals; the cause (logged) has the details.
   */
  private void sendAndAwaitAck(CommandEnvelope envelope, Span span) {
    String key = envelope.command().partitionWallet().value();
    Future<RecordMetadata> ack;
    try {
      ProducerRecord<String, WalletCommand> record =
          new ProducerRecord<>(Topics.COMMANDS, key, WalletCommandRecords.toAvro(envelope));
      tracing.kafka().inject(span, record.headers());
      ack = producer.send(record);
    } catch (KafkaException | SchemaRegistryException | IllegalStateException e) {
      // buffer full for max.block.ms, registry unreachable, or producer closed while shutting down
      throw unavailable("the command could not be queued for Kafka", e);
    }
    try {
      RecordMetadata written = ack.get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
      span.setAttribute(TraceAttributes.PARTITION, Integer.toString(written.partition()));
      if (written.hasOffset()) {
        span.setAttribute(TraceAttributes.OFFSET, written.offset());
      }
    } catch (TimeoutException e) {
      throw unavailable(
          "Kafka did not acknowledge the command within " + ackTimeout.toMillis() + " ms", e);
    } catch (ExecutionException e) {
      throw unavailable("Kafka did not accept the command", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable("interrupted while waiting for Kafka", e);
    }
  }

  private UnavailableException unavailable(String message, Throwable cause) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("circuit", breaker.getState().name());
    if (cause != null) {
      details.put("cause", cause.getClass().getSimpleName());
    }
    return new UnavailableException(
        GatewayErrorCode.KAFKA_UNAVAILABLE, message, unavailableRetryAfter, details, cause);
  }

  /** How long start() keeps asking for the commands topic's metadata before serving anyway. */
  public static final Duration DEFAULT_WARM_UP_LIMIT = Duration.ofSeconds(15);

  /**
   * Registers the command schema and fetches the commands topic's metadata before the gateway
   * listens: otherwise the first requests after a start wait for metadata longer than max.block.ms
   * and get a 503 from a healthy Kafka. Best effort: if Kafka is down the gateway still starts and
   * answers 503 fast until it is back.
   */
  @Override
  public void start() {
    try {
      registry.register(
          SchemaRegistryClient.valueSubject(Topics.COMMANDS), WalletCommand.getClassSchema());
    } catch (RuntimeException e) {
      LOG.warn(
          "schema registry not reachable at start ({}); the first command will register the schema",
          e.toString());
    }
    long deadline = System.nanoTime() + warmUpLimit.toNanos();
    while (true) {
      try {
        LOG.info(
            "commands topic {} has {} partitions",
            Topics.COMMANDS,
            producer.partitionsFor(Topics.COMMANDS).size());
        return;
      } catch (KafkaException e) {
        if (System.nanoTime() > deadline) {
          LOG.warn(
              "no metadata for {} after {} ({}); serving anyway, commands get 503 until Kafka answers",
              Topics.COMMANDS,
              warmUpLimit,
              e.toString());
          return;
        }
      }
    }
  }

  /** Flushes what is buffered (bounded) so commands already handed over still get their chance. */
  @Override
  public void stop() {
    producer.close(CLOSE_TIMEOUT);
  }

  public CircuitBreaker.State circuitState() {
    return breaker.getState();
  }

  @Override
  public String toString() {
    return "KafkaCommandPublisher[topic="
        + Topics.COMMANDS
        + ", circuit="
        + breaker.getState()
        + ", inFlight="
        + (maxInFlight - inFlight.availablePermits())
        + "/"
        + maxInFlight
        + ", ackTimeout="
        + ackTimeout
        + "]";
  }
}
