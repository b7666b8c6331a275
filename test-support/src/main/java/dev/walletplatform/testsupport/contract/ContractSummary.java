package dev.walletplatform.testsupport.contract;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints, when a test JVM's tests end, how many exchanges each document checked: a hook that
 * stopped checking (a client bypassing it, a skip grown too wide) shows as a number that dropped,
 * not as silence. Registered with the JUnit Platform through META-INF/services; prints nothing in a
 * JVM that checked no contract.
 */
public final class ContractSummary implements TestExecutionListener {
  private static final List<OpenApiContract> CONTRACTS = new CopyOnWriteArrayList<>();

  static void register(OpenApiContract contract) {
    CONTRACTS.add(contract);
  }

  @Override
  public void testPlanExecutionFinished(TestPlan testPlan) {
    for (OpenApiContract contract : CONTRACTS) {
      System.out.println(
          "[contract] " + contract.checked() + " exchanges checked against " + contract.source());
    }
  }
}
