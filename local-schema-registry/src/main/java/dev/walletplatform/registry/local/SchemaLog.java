package dev.walletplatform.registry.local;

/**
 * Where registrations become durable before they become visible; {@link KafkaSchemaLog} in
 * production.
 */
interface SchemaLog extends AutoCloseable {
  /**
   * Returns once {@code record} is durable and applied to the store (or a later record
   * contradicting it is).
   */
  void append(RegisteredSchema record);

  /**
   * Returns once every record acknowledged before the call is applied. Lookups call it before
   * answering 404, so an id another instance just issued is never reported unknown — a consumer
   * would dead-letter a good record on that answer.
   */
  void catchUp();

  @Override
  void close();
}
