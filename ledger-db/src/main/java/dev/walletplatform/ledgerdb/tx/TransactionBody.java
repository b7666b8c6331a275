package dev.walletplatform.ledgerdb.tx;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work done inside one database transaction; may run several times, so it must not keep side
 * effects outside the connection.
 */
@FunctionalInterface
public interface TransactionBody<T> {
  T run(Connection connection) throws SQLException;
}
