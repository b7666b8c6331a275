package dev.walletplatform.kit;

import dev.walletplatform.kit.config.AdminAccessSettings;
import dev.walletplatform.kit.tracing.TracingSettings;

/**
 * The part of a service's configuration the kit reads; the service's {@code Configuration}
 * implements it (the way {@code dropwizard-migrations} reads a {@code DatabaseConfiguration}).
 */
public interface ServiceKitConfiguration {
  /** The admin port's API keys ({@code adminAccess}). */
  AdminAccessSettings adminAccess();

  /** How the application port is guarded. */
  ApiAccess apiAccess();

  /** {@code /live} fails when the heap stays above this share of its limit after GC. */
  default double maxHeapAfterGc() {
    return 0.85;
  }

  /** Where spans go ({@code tracing}); a configuration without the block exports none. */
  default TracingSettings tracing() {
    return TracingSettings.defaults();
  }
}
