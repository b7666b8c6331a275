package dev.walletplatform.testsupport;

import javax.sql.DataSource;

/**
 * A database of its own for one test class, on the shared PostgreSQL server. The data source is
 * plain and unpooled; code under test builds its pool (HikariCP) from the URL and credentials.
 */
public record TestDatabase(
    String name, String jdbcUrl, String username, String password, DataSource dataSource) {

  @Override
  public String toString() {
    return "TestDatabase[name=" + name + ", jdbcUrl=" + jdbcUrl + ", username=" + username + "]";
  }
}
