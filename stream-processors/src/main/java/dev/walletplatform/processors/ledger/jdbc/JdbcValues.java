package dev.walletplatform.processors.ledger.jdbc;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.UUID;

/**
 * Conversions between the ledger's Java types and the SQL both PostgreSQL and CockroachDB accept.
 */
final class JdbcValues {
  private JdbcValues() {}

  static void setTimestamp(PreparedStatement statement, int index, Instant instant)
      throws SQLException {
    statement.setObject(
        index,
        instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC),
        Types.TIMESTAMP_WITH_TIMEZONE);
  }

  static Instant timestamp(ResultSet rows, String column) throws SQLException {
    OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  static void setAmount(PreparedStatement statement, int index, BigInteger amount)
      throws SQLException {
    statement.setBigDecimal(index, new BigDecimal(amount));
  }

  static BigInteger amount(ResultSet rows, String column) throws SQLException {
    return rows.getBigDecimal(column).toBigIntegerExact();
  }

  static UUID uuid(ResultSet rows, String column) throws SQLException {
    return rows.getObject(column, UUID.class);
  }

  static Array uuidArray(Connection connection, Collection<UUID> ids) throws SQLException {
    return connection.createArrayOf("uuid", ids.toArray(UUID[]::new));
  }

  static Array textArray(Connection connection, Collection<String> values) throws SQLException {
    return connection.createArrayOf("varchar", values.toArray(String[]::new));
  }
}
