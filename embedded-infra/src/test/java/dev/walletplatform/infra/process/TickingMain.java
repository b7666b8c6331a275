package dev.walletplatform.infra.process;

/** A child for JavaProcessIT: prints its arguments, then a tick every 50 ms until killed. */
public final class TickingMain {
  private TickingMain() {}

  public static void main(String[] args) throws InterruptedException {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("shutdown hook ran")));
    System.out.println("ready " + String.join(" ", args));
    for (long tick = 0; ; tick++) {
      System.out.println("tick " + tick);
      Thread.sleep(50);
    }
  }
}
