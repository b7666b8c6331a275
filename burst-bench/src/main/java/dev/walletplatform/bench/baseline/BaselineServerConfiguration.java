package dev.walletplatform.bench.baseline;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.core.Configuration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * The baseline server's YAML root: Dropwizard's server section plus where the naive path connects.
 */
public class BaselineServerConfiguration extends Configuration {
  @Valid @NotNull private NaiveDatabase database;

  /**
   * @param maxAttempts tries per request when connecting or committing fails (the old Lambda's
   *     client retried too)
   */
  public record NaiveDatabase(String jdbcUrl, String username, String password, int maxAttempts) {
    public NaiveDatabase {
      Objects.requireNonNull(jdbcUrl, "database.jdbcUrl");
      Objects.requireNonNull(username, "database.username");
      Objects.requireNonNull(password, "database.password");
      if (maxAttempts < 1 || maxAttempts > 10) {
        throw new IllegalArgumentException(
            "database.maxAttempts must be 1..10, was " + maxAttempts);
      }
    }

    @Override
    public String toString() {
      return "NaiveDatabase[jdbcUrl="
          + jdbcUrl
          + ", username="
          + username
          + ", password=****, maxAttempts="
          + maxAttempts
          + "]";
    }
  }

  @JsonProperty("database")
  public NaiveDatabase getDatabase() {
    return database;
  }

  @JsonProperty("database")
  public void setDatabase(NaiveDatabase database) {
    this.database = database;
  }
}
