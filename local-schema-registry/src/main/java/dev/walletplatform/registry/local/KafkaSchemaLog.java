package dev.walletplatform.registry.local;

import dev.walletplatform.schemas.clients.ClientSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's durable log: the one partition of a compacted topic, tailed by a reader thread that
 * applies every record to the {@link SchemaStore}. Writes go through the log too — {@link #append}
 * returns only once the broker acknowledged (acks=all) <em>and</em> the reader applied the record —
 * so this instance, a restarted one and any other instance hold the same state in the same order.
 */
final class KafkaSchemaLog implements SchemaLog {
  private static final Logger LOG = LoggerFactory.getLogger(KafkaSchemaLog.class);
  private static final Duration POLL = Duration.ofMillis(200);

  private final TopicPartition partition;
  private final SchemaStore store;
  private final Duration timeout;
  private final AppliedOffset applied;
  private final KafkaProducer<String, String> producer;
  private final KafkaConsumer<String, String> consumer; // the reader thread's alone
  private final Admin admin; // end offsets for request threads: thread-safe, unlike the consumer
  private final Thread reader;
  private volatile boolean closed;

  /** Creates the topic if missing, then returns once the whole log is applied to {@code store}. */
  static KafkaSchemaLog open(
      String bootstrapServers, String topic, SchemaStore store, Duration timeout) {
    SchemaLogTopic.ensure(bootstrapServers, topic, timeout);
    KafkaSchemaLog log =
        new KafkaSchemaLog(bootstrapServers, new TopicPartition(topic, 0), store, timeout);
    try {
      log.reader.start();
      log.catchUp();
      LOG.info(
          "schema log {} applied up to offset {} from {}",
          log.partition,
          log.applied.next(),
          bootstrapServers);
      return log;
    } catch (RuntimeException e) {
      log.close();
      throw new LocalRegistryException(
          "cannot read schema log "
              + log.partition
              + " at "
              + bootstrapServers
              + ": "
              + e.getMessage(),
          e);
    }
  }

  private KafkaSchemaLog(
      String bootstrapServers, TopicPartition partition, SchemaStore store, Duration timeout) {
    this.partition = partition;
    this.store = store;
    this.timeout = timeout;
    this.applied = new AppliedOffset(partition.toString());
    int timeoutMs = (int) timeout.toMillis();
    Map<String, Object> producerSettings = ClientSettings.durableProducer(bootstrapServers);
    producerSettings.put(ProducerConfig.LINGER_MS_CONFIG, 0);
    producerSettings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeoutMs);
    producerSettings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs);
    producerSettings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeoutMs);
    this.producer =
        new KafkaProducer<>(producerSettings, new StringSerializer(), new StringSerializer());
    // no group: every instance reads the whole partition itself, and nothing commits offsets
    Map<String, Object> consumerSettings = ClientSettings.uncommittedReader(bootstrapServers);
    consumerSettings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    this.consumer =
        new KafkaConsumer<>(consumerSettings, new StringDeserializer(), new StringDeserializer());
    consumer.assign(List.of(partition));
    consumer.seekToBeginning(List.of(partition));
    this.admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMs));
    this.reader =
        Thread.ofPlatform()
            .daemon()
            .name("schema-log-reader-" + partition)
            .unstarted(this::readLoop);
  }

  @Override
  public void append(RegisteredSchema record) {
    String key = SchemaLogCodec.key(record);
    long offset =
        get(
                producer.send(
                    new ProducerRecord<>(
                        partition.topic(),
                        partition.partition(),
                        key,
                        SchemaLogCodec.value(record))),
                "writing " + key)
            .offset();
    applied.await(offset + 1, timeout);
  }

  @Override
  public void catchUp() {
    long end =
        get(
                admin
                    .listOffsets(Map.of(partition, OffsetSpec.latest()))
                    .partitionResult(partition),
                "reading the end offset")
            .offset();
    applied.await(end, timeout);
  }

  private void readLoop() {
    try {
      while (!closed) {
        for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
          applyOrSkip(record);
        }
        applied.advanceTo(consumer.position(partition));
      }
    } catch (WakeupException e) {
      // close() woke the poll
    } catch (RuntimeException e) {
      LOG.error("schema log reader of {} stopped at offset {}", partition, applied.next(), e);
    } finally {
      applied.stop();
      consumer.close(CloseOptions.timeout(Duration.ZERO));
    }
  }

  private void applyOrSkip(ConsumerRecord<String, String> record) {
    try {
      SchemaLogCodec.decode(record.value()).ifPresent(store::apply);
    } catch (LocalRegistryException e) {
      // one bad record must not hide every later registration; it stays in the log for inspection
      LOG.warn(
          "skipping record at {}@{} (key {}): {}",
          partition,
          record.offset(),
          record.key(),
          e.getMessage());
    }
  }

  private <T> T get(Future<T> future, String action) {
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw RegistryApiException.storeError(
          action + " of " + partition + " failed: " + e.getCause(), e.getCause());
    } catch (TimeoutException e) {
      throw RegistryApiException.timeout(action + " of " + partition + " took over " + timeout, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw RegistryApiException.storeError("interrupted " + action + " of " + partition, e);
    }
  }

  @Override
  public void close() {
    closed = true;
    producer.close(Duration.ofSeconds(5));
    admin.close(Duration.ZERO);
    if (reader.getState() == Thread.State.NEW) {
      consumer.close(CloseOptions.timeout(Duration.ZERO));
      return;
    }
    consumer.wakeup();
    try {
      reader.join(timeout.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
