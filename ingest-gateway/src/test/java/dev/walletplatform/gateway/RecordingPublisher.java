package dev.walletplatform.gateway;

import dev.walletplatform.gateway.command.CommandEnvelope;
import dev.walletplatform.gateway.kafka.CommandPublisher;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** A publisher for unit tests of the HTTP and intake layers: records what it was given. */
public final class RecordingPublisher implements CommandPublisher {
  private final List<CommandEnvelope> published = new CopyOnWriteArrayList<>();
  private volatile Consumer<CommandEnvelope> behaviour = envelope -> {};

  @Override
  public void publish(CommandEnvelope envelope) {
    behaviour.accept(envelope);
    published.add(envelope);
  }

  /** Every later publish runs {@code behaviour} first; throw from it to simulate Kafka trouble. */
  public void onPublish(Consumer<CommandEnvelope> behaviour) {
    this.behaviour = behaviour;
  }

  public List<CommandEnvelope> published() {
    return List.copyOf(published);
  }

  public void clear() {
    published.clear();
  }
}
