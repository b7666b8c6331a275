package dev.walletplatform.walletctl.output;

/**
 * Progress of a long step (records produced, acknowledged): drawn as a bar with an ETA on a
 * terminal.
 */
public interface Progress extends AutoCloseable {
  void step();

  @Override
  void close();

  static Progress none() {
    return new Progress() {
      @Override
      public void step() {}

      @Override
      public void close() {}
    };
  }
}
