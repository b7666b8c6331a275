package dev.walletplatform.ledgerdb.migration;

import dev.walletplatform.ledgerdb.config.DatabaseSettings;
import dev.walletplatform.ledgerdb.config.SqlDialect;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies db/migration everywhere and db/cockroachdb only on CockroachDB, whose multi-region
 * statements PostgreSQL would refuse.
 */
public final class LedgerMigrations {
  private LedgerMigrations() {}

  public static MigrateResult migrate(DataSource dataSource, DatabaseSettings config) {
    List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
    if (config.dialect() == SqlDialect.COCKROACHDB) {
      locations.add("classpath:db/cockroachdb");
    }
    return Flyway.configure()
        .dataSource(dataSource)
        .locations(locations.toArray(String[]::new))
        .placeholders(config.placeholders())
        .placeholderReplacement(config.dialect() == SqlDialect.COCKROACHDB)
        .load()
        .migrate();
  }
}
