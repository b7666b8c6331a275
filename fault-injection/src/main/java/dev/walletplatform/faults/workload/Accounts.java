package dev.walletplatform.faults.workload;

import java.util.ArrayList;
import java.util.List;

/**
 * Who owns which wallets. Each client owns its own wallets (it debits only those), so one wallet's
 * commands come from one sequential client and their acceptance order is well defined.
 */
public record Accounts(int clients, int walletsPerClient) {
  public Accounts {
    if (clients < 1 || walletsPerClient < 1) {
      throw new IllegalArgumentException(
          "need at least one client with one wallet, got " + clients + " x " + walletsPerClient);
    }
    if (clients * walletsPerClient < 2) {
      throw new IllegalArgumentException(
          "transfers need two wallets, got " + clients * walletsPerClient);
    }
  }

  public List<String> walletsOf(int client) {
    List<String> wallets = new ArrayList<>();
    for (int w = 1; w <= walletsPerClient; w++) {
      wallets.add(String.format("fault-c%02d-w%02d", client, w));
    }
    return wallets;
  }

  public List<String> allWallets() {
    List<String> all = new ArrayList<>();
    for (int c = 1; c <= clients; c++) {
      all.addAll(walletsOf(c));
    }
    return all;
  }
}
