/**
 * Tracing with OpenTelemetry: one command is one trace, from the HTTPS request through Kafka to the
 * results topic. {@link dev.walletplatform.kit.tracing.Tracing} is built once per service by the
 * kit's bundle from the {@code tracing:} block ({@link
 * dev.walletplatform.kit.tracing.TracingSettings}); the W3C {@code traceparent}/{@code tracestate}
 * context travels in HTTP headers ({@link dev.walletplatform.kit.tracing.HttpServerTracing}) and in
 * Kafka record headers ({@link dev.walletplatform.kit.tracing.KafkaTraceHeaders}); {@link
 * dev.walletplatform.kit.tracing.HopScope} puts {@code trace_id} and {@code command_id} into the
 * logging MDC while a hop works on one command.
 */
package dev.walletplatform.kit.tracing;
