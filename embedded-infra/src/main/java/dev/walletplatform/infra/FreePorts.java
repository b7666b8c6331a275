package dev.walletplatform.infra;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * Asks the OS for free loopback ports. There is a window between closing the probe socket and the
 * server binding the port; servers started right after keep it small, and a lost race shows up as a
 * bind error in the server's log tail.
 */
public final class FreePorts {
  private FreePorts() {}

  /** {@code count} distinct free ports: all probes stay open until the last one is bound. */
  public static List<Integer> allocate(int count) {
    List<ServerSocket> probes = new ArrayList<>();
    try {
      for (int i = 0; i < count; i++) {
        ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        probe.setReuseAddress(true);
        probes.add(probe);
      }
      return probes.stream().map(ServerSocket::getLocalPort).toList();
    } catch (IOException e) {
      throw new InfraException("could not allocate " + count + " free loopback ports", e);
    } finally {
      for (ServerSocket probe : probes) {
        try {
          probe.close();
        } catch (IOException ignored) {
          // closing a probe socket cannot lose data; the port is released either way
        }
      }
    }
  }

  public static int allocate() {
    return allocate(1).get(0);
  }
}
