package dev.walletplatform.testsupport;

import dev.walletplatform.infra.postgres.PostgresConfig;
import dev.walletplatform.infra.postgres.PostgresServer;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One PostgreSQL server per test JVM and a fresh database per top-level test class ({@code @Nested}
 * classes share their outer class's), so classes never see each other's rows. Resolves {@link
 * TestDatabase} and {@link PostgresServer} parameters (the latter for restart tests, which then
 * affect every class: restart it only in a class of its own).
 *
 * <pre>{@code
 * @ExtendWith(PostgresExtension.class)
 * class JdbcLedgerRepositoryIT {
 *   @Test
 *   void storesEntry(TestDatabase db) { ... db.jdbcUrl() ... db.dataSource() ... }
 * }
 * }</pre>
 */
public final class PostgresExtension implements BeforeAllCallback, ParameterResolver {
  private static final Namespace NAMESPACE = Namespace.create(PostgresExtension.class);
  private static final AtomicInteger DATABASES = new AtomicInteger();

  private volatile TestDatabase database;

  /** The shared server, started on first use. */
  public static PostgresServer server(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            PostgresServer.class,
            type -> new PostgresServer(PostgresConfig.defaults()).start(),
            PostgresServer.class);
  }

  /** The database of the test class that {@code context} belongs to, created on first use. */
  public static TestDatabase database(ExtensionContext context) {
    ExtensionContext testClass = topLevelClass(context);
    return testClass
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            TestDatabase.class, type -> create(server(context), testClass), TestDatabase.class);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    database = database(context);
  }

  /** For a static {@code @RegisterExtension} field, from {@code @BeforeAll} on. */
  public TestDatabase database() {
    TestDatabase created = database;
    if (created == null) {
      throw new IllegalStateException(
          "PostgresExtension has not run beforeAll yet: register it on a static field");
    }
    return created;
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == TestDatabase.class || type == PostgresServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == TestDatabase.class
        ? database(context)
        : server(context);
  }

  private static TestDatabase create(PostgresServer server, ExtensionContext testClass) {
    String className = testClass.getRequiredTestClass().getSimpleName().toLowerCase(Locale.ROOT);
    String readable = className.replaceAll("[^a-z0-9]", "_");
    // PostgreSQL cuts names at 63 bytes; the counter keeps truncated names apart
    String name =
        "it_"
            + readable.substring(0, Math.min(readable.length(), 45))
            + "_"
            + DATABASES.incrementAndGet();
    String jdbcUrl = server.createDatabase(name);
    return new TestDatabase(
        name, jdbcUrl, server.username(), server.password(), server.dataSource(name));
  }

  private static ExtensionContext topLevelClass(ExtensionContext context) {
    ExtensionContext current = context;
    while (current.getParent().isPresent()
        && !current.getParent().get().equals(context.getRoot())) {
      current = current.getParent().get();
    }
    return current;
  }
}
