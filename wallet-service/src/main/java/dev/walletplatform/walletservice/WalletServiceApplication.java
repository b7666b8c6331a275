package dev.walletplatform.walletservice;

import dev.walletplatform.kit.ServiceApplication;
import dev.walletplatform.kit.ServiceKitBundle;
import dev.walletplatform.kit.http.InputErrorStatus;
import dev.walletplatform.walletservice.api.BalancesResource;
import dev.walletplatform.walletservice.api.CommandStatusResource;
import dev.walletplatform.walletservice.api.LedgerAmounts;
import dev.walletplatform.walletservice.api.TransactionHistoryResource;
import dev.walletplatform.walletservice.config.WalletServiceConfiguration;
import dev.walletplatform.walletservice.db.JdbcWalletReader;
import dev.walletplatform.walletservice.db.ReadPool;
import dev.walletplatform.walletservice.health.DatabaseHealthCheck;
import dev.walletplatform.walletservice.view.StatusViewClient;
import io.dropwizard.core.setup.Environment;
import java.util.Optional;

/**
 * Wires the read API: what is its own — the read pool, the status view client and the resources.
 * Authentication, the error shape, HSTS, probes and metrics are the service kit's. {@code main}
 * runs a process of its own; the local runtime runs it in-process (see {@link ServiceApplication}).
 */
public final class WalletServiceApplication extends ServiceApplication<WalletServiceConfiguration> {
  public WalletServiceApplication() {
    // every input is a path or query parameter: a bad one is a 400
    super(
        new ServiceKitBundle<>(
            "wallet-service",
            InputErrorStatus.ALWAYS_BAD_REQUEST,
            Optional.of(WalletServiceApplication.class)));
  }

  public static void main(String[] args) throws Exception {
    launch(new WalletServiceApplication(), args);
  }

  @Override
  public String getName() {
    return "wallet-service";
  }

  @Override
  public void run(WalletServiceConfiguration config, Environment environment) {
    ReadPool pool =
        new ReadPool(
            config.database(), config.reads().retryAfter().toJavaDuration(), meters().registry());
    environment.lifecycle().manage(pool);
    JdbcWalletReader reader =
        new JdbcWalletReader(pool, config.reads().queryTimeout().toJavaDuration());
    LedgerAmounts amounts = new LedgerAmounts(config.assetCatalog());

    environment.jersey().register(new BalancesResource(reader, amounts));
    environment.jersey().register(new TransactionHistoryResource(reader, amounts));
    environment
        .jersey()
        .register(
            new CommandStatusResource(
                new StatusViewClient(config.statusView(), meters().registry()), reader));
    // informational (admin /healthcheck): never part of /live or /ready, see the kit's Readiness
    environment.healthChecks().register("database", new DatabaseHealthCheck(pool));
  }
}
