package dev.walletplatform.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The platform's layering, checked on every module's main classes (tests are not imported): a wrong
 * import fails the build, with the offending class and line, instead of waiting for a review.
 */
@AnalyzeClasses(
    packages = "dev.walletplatform",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  /**
   * What runs in production: the services, the operator CLI and the libraries they are built from.
   */
  static final String[] PRODUCTION = {
    "dev.walletplatform.domain..", "dev.walletplatform.schemas..", "dev.walletplatform.ledgerdb..",
    "dev.walletplatform.kit..", "dev.walletplatform.gateway..",
        "dev.walletplatform.walletservice..",
    "dev.walletplatform.processors..", "dev.walletplatform.walletctl.."
  };

  /** Test fixtures, the servers tests and local runs start, and the tools built on them. */
  static final String[] TEST_AND_LOCAL_ONLY = {
    "dev.walletplatform.fixtures..", "dev.walletplatform.testsupport..",
        "dev.walletplatform.infra..",
    "dev.walletplatform.local..", "dev.walletplatform.faults..", "dev.walletplatform.bench.."
  };

  @ArchTest
  static final ArchRule gatewayImportsNoOtherServiceNorTheLedger =
      noClasses()
          .that()
          .resideInAPackage("dev.walletplatform.gateway..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.walletplatform.walletservice..",
              "dev.walletplatform.processors..",
              "dev.walletplatform.walletctl..",
              "dev.walletplatform.ledgerdb..")
          .because(
              "services share the kit, the domain and the schemas — never each other's classes; and the"
                  + " gateway only validates and appends to Kafka, it never touches the ledger database");

  @ArchTest
  static final ArchRule walletServiceImportsNoOtherService =
      noClasses()
          .that()
          .resideInAPackage("dev.walletplatform.walletservice..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.walletplatform.gateway..",
              "dev.walletplatform.processors..",
              "dev.walletplatform.walletctl..")
          .because(
              "services share the kit, the domain and the schemas — never each other's classes");

  @ArchTest
  static final ArchRule streamProcessorsImportNoOtherService =
      noClasses()
          .that()
          .resideInAPackage("dev.walletplatform.processors..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.walletplatform.gateway..",
              "dev.walletplatform.walletservice..",
              "dev.walletplatform.walletctl..")
          .because(
              "services share the kit, the domain and the schemas — never each other's classes");

  @ArchTest
  static final ArchRule walletctlImportsNoService =
      noClasses()
          .that()
          .resideInAPackage("dev.walletplatform.walletctl..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.walletplatform.gateway..",
              "dev.walletplatform.walletservice..",
              "dev.walletplatform.processors..",
              "dev.walletplatform.kit..")
          .because(
              "the operator CLI speaks to Kafka and the database through the shared contracts only");

  @ArchTest
  static final ArchRule domainDoesNoIo =
      classes()
          .that()
          .resideInAPackage("dev.walletplatform.domain..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "dev.walletplatform.domain..",
              "java.lang..",
              "java.util..",
              "java.math..",
              "java.time..",
              "java.security..",
              "java.nio",
              "java.nio.charset..")
          .because(
              "the domain (money, ids, validation) is pure: no HTTP, Kafka, JDBC, files or JSON");

  @ArchTest
  static final ArchRule productionNeverReachesTestFixtures =
      noClasses()
          .that()
          .resideInAnyPackage(PRODUCTION)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(TEST_AND_LOCAL_ONLY)
          .because(
              "test fixtures (forged tokens, the local identity provider) and embedded servers must never"
                  + " ship in a production jar");

  @ArchTest
  static final ArchRule applierSqlStaysInsideTheApplier =
      noClasses()
          .that()
          .resideOutsideOfPackages(
              "dev.walletplatform.processors.ledger..",
              "dev.walletplatform.processors.app..",
              "dev.walletplatform.bench..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.walletplatform.processors.ledger.jdbc..")
          .because(
              "the ledger's SQL is the applier's internal: everything else goes through LedgerApplier"
                  + " (the benchmark's naive baseline reuses it on purpose, to compare like with like)");

  @ArchTest
  static final ArchRule kitDependsOnNoService =
      noClasses()
          .that()
          .resideInAPackage("dev.walletplatform.kit..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.walletplatform.gateway..",
              "dev.walletplatform.walletservice..",
              "dev.walletplatform.processors..",
              "dev.walletplatform.schemas..",
              "dev.walletplatform.ledgerdb..")
          .because(
              "the kit is what every service shares; it knows no service and no Kafka or database contract");
}
