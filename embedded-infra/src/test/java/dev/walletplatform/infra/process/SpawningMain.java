package dev.walletplatform.infra.process;

import java.nio.file.Path;

/** A child for JavaProcessIT that starts a grandchild, to show the grandchild dies with it. */
public final class SpawningMain {
  private SpawningMain() {}

  public static void main(String[] args) throws InterruptedException {
    JavaProcess grandchild =
        JavaProcess.builder(TickingMain.class.getName()).logFile(Path.of(args[0])).start();
    System.out.println("grandchild pid " + grandchild.pid());
    Thread.sleep(Long.MAX_VALUE);
  }
}
