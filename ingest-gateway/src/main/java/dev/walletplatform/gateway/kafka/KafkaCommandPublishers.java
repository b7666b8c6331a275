package dev.walletplatform.gateway.kafka;

import dev.walletplatform.gateway.config.CircuitBreakerSettings;
import dev.walletplatform.gateway.config.KafkaSettings;
import dev.walletplatform.kit.metrics.ServiceMeters;
import dev.walletplatform.kit.tracing.Tracing;
import dev.walletplatform.schemas.command.v1.WalletCommand;
import dev.walletplatform.schemas.registry.SchemaRegistryClient;
import dev.walletplatform.schemas.serde.AvroSerializer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Builds the publisher from configuration: producer, Avro serializer, circuit breaker, and the
 * service's tracing.
 */
public final class KafkaCommandPublishers {
  private KafkaCommandPublishers() {}

  public static KafkaCommandPublisher create(
      KafkaSettings kafka,
      CircuitBreakerSettings circuit,
      int maxInFlight,
      ServiceMeters meters,
      SchemaRegistryClient registry,
      Tracing tracing) {
    KafkaProducer<String, WalletCommand> producer =
        new KafkaProducer<>(
            ProducerProperties.from(kafka),
            new StringSerializer(),
            new AvroSerializer<WalletCommand>(registry));
    // kafka_producer_*: buffer, batch, request latency and error rates of the one producer
    meters.bind(new KafkaClientMetrics(producer));
    return new KafkaCommandPublisher(
        producer,
        registry,
        CircuitBreaker.of("kafka-commands", breakerConfig(circuit)),
        kafka.ackTimeout().toJavaDuration(),
        circuit.openDuration().toJavaDuration(),
        maxInFlight,
        kafka.warmUpLimit().toJavaDuration(),
        tracing);
  }

  static CircuitBreakerConfig breakerConfig(CircuitBreakerSettings circuit) {
    return CircuitBreakerConfig.custom()
        .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
        .slidingWindowSize(circuit.slidingWindowSize())
        .minimumNumberOfCalls(circuit.minimumCalls())
        .failureRateThreshold(circuit.failureRatePercent())
        .waitDurationInOpenState(circuit.openDuration().toJavaDuration())
        // Half-open lets a few real commands probe Kafka; the rest get a fast 503 meanwhile.
        .permittedNumberOfCallsInHalfOpenState(3)
        .automaticTransitionFromOpenToHalfOpenEnabled(false)
        .build();
  }
}
