package dev.walletplatform.schemas.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackwardCompatibilityCheckTest {
  private static final String RELEASED =
      """
      {"type": "record", "name": "Payment", "namespace": "test.v1", "fields": [
        {"name": "wallet", "type": "string"},
        {"name": "amount", "type": "long"},
        {"name": "memo", "type": ["null", "string"], "default": null}
      ]}""";

  @Test
  void acceptsAnAddedOptionalFieldWithADefault() {
    Schema current =
        schema(
            """
        {"type": "record", "name": "Payment", "namespace": "test.v1", "fields": [
          {"name": "wallet", "type": "string"},
          {"name": "amount", "type": "long"},
          {"name": "memo", "type": ["null", "string"], "default": null},
          {"name": "channel", "type": ["null", "string"], "default": null}
        ]}""");

    assertThat(check(current)).isEmpty();
  }

  @Test
  void rejectsAnAddedFieldWithoutADefault() {
    Schema current =
        schema(
            """
        {"type": "record", "name": "Payment", "namespace": "test.v1", "fields": [
          {"name": "wallet", "type": "string"},
          {"name": "amount", "type": "long"},
          {"name": "memo", "type": ["null", "string"], "default": null},
          {"name": "channel", "type": "string"}
        ]}""");

    assertThat(check(current))
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.location()).isEqualTo("/fields/3");
              assertThat(problem.message())
                  .contains("READER_FIELD_MISSING_DEFAULT_VALUE", "channel");
            });
  }

  @Test
  void rejectsRemovingTheEnumDefaultThatAbsorbedADroppedSymbol() {
    Schema released =
        schema(
            """
        {"type": "record", "name": "Result", "namespace": "test.v1", "fields": [
          {"name": "status", "type": {"type": "enum", "name": "Status", "symbols": ["OK", "FAILED", "UNKNOWN"], "default": "UNKNOWN"}}
        ]}""");
    Schema withDefault =
        schema(
            """
        {"type": "record", "name": "Result", "namespace": "test.v1", "fields": [
          {"name": "status", "type": {"type": "enum", "name": "Status", "symbols": ["OK", "UNKNOWN"], "default": "UNKNOWN"}}
        ]}""");
    Schema withoutDefault =
        schema(
            """
        {"type": "record", "name": "Result", "namespace": "test.v1", "fields": [
          {"name": "status", "type": {"type": "enum", "name": "Status", "symbols": ["OK", "UNKNOWN"]}}
        ]}""");

    assertThat(BackwardCompatibilityCheck.check(byName(released), byName(withDefault))).isEmpty();
    assertThat(BackwardCompatibilityCheck.check(byName(released), byName(withoutDefault)))
        .singleElement()
        .satisfies(
            problem -> assertThat(problem.message()).contains("MISSING_ENUM_SYMBOLS", "FAILED"));
  }

  @Test
  void acceptsRemovingTheDefaultOfAFieldReleasedDataAlwaysCarries() {
    // BACKWARD asks only whether new readers read old data, and old data has the field;
    // it is old readers of new data (FORWARD) that would miss the default.
    Schema current =
        schema(
            """
        {"type": "record", "name": "Payment", "namespace": "test.v1", "fields": [
          {"name": "wallet", "type": "string"},
          {"name": "amount", "type": "long"},
          {"name": "memo", "type": ["null", "string"]}
        ]}""");

    assertThat(check(current)).isEmpty();
  }

  @Test
  void rejectsAChangedFieldType() {
    Schema current =
        schema(
            """
        {"type": "record", "name": "Payment", "namespace": "test.v1", "fields": [
          {"name": "wallet", "type": "string"},
          {"name": "amount", "type": "string"},
          {"name": "memo", "type": ["null", "string"], "default": null}
        ]}""");

    assertThat(check(current))
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.location()).isEqualTo("/fields/1/type");
              assertThat(problem.message()).contains("TYPE_MISMATCH");
            });
  }

  @Test
  void acceptsAWideningTypePromotion() {
    Schema current =
        schema(
            """
        {"type": "record", "name": "Payment", "namespace": "test.v1", "fields": [
          {"name": "wallet", "type": "string"},
          {"name": "amount", "type": "double"},
          {"name": "memo", "type": ["null", "string"], "default": null}
        ]}""");

    assertThat(check(current)).isEmpty();
  }

  @Test
  void rejectsARenamedFieldWithoutAnAlias() {
    Schema current =
        schema(
            """
        {"type": "record", "name": "Payment", "namespace": "test.v1", "fields": [
          {"name": "wallet_id", "type": "string"},
          {"name": "amount", "type": "long"},
          {"name": "memo", "type": ["null", "string"], "default": null}
        ]}""");

    assertThat(check(current))
        .singleElement()
        .satisfies(
            problem ->
                assertThat(problem.message())
                    .contains("READER_FIELD_MISSING_DEFAULT_VALUE", "wallet_id"));
  }

  @Test
  void acceptsARenamedFieldThatKeepsTheOldNameAsAlias() {
    Schema current =
        schema(
            """
        {"type": "record", "name": "Payment", "namespace": "test.v1", "fields": [
          {"name": "wallet_id", "type": "string", "aliases": ["wallet"]},
          {"name": "amount", "type": "long"},
          {"name": "memo", "type": ["null", "string"], "default": null}
        ]}""");

    assertThat(check(current)).isEmpty();
  }

  @Test
  void rejectsAReleasedRecordThatNoLongerExists() {
    Schema other =
        schema(
            """
        {"type": "record", "name": "Refund", "namespace": "test.v1", "fields": [{"name": "wallet", "type": "string"}]}""");

    assertThat(BackwardCompatibilityCheck.check(byName(schema(RELEASED)), byName(other)))
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.schema()).isEqualTo("test.v1.Payment");
              assertThat(problem.message()).contains("no current schema");
            });
  }

  @Test
  void exitsNonZeroAndPrintsAvrosMessageForAnIncompatibleFolder(@TempDir Path dir)
      throws IOException {
    Path released = Files.createDirectories(dir.resolve("released"));
    Path current = Files.createDirectories(dir.resolve("current"));
    Files.writeString(released.resolve("Payment.avsc"), RELEASED);
    Files.writeString(current.resolve("Payment.avsc"), RELEASED.replace("\"long\"", "\"string\""));
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int code =
        BackwardCompatibilityCheck.run(
            new String[] {released.toString(), current.toString()},
            new PrintStream(OutputStream.nullOutputStream()),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(code).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains(
            "test.v1.Payment at /fields/1/type: TYPE_MISMATCH",
            "reader type: STRING not compatible with writer type: LONG");
  }

  @Test
  void resolvesReferencesBetweenFilesWhateverTheirOrder(@TempDir Path dir) throws IOException {
    // "A" sorts before the "Z" it refers to: the parser must still resolve it
    Files.writeString(
        dir.resolve("A.avsc"),
        """
        {"type": "record", "name": "A", "namespace": "test.v1", "fields": [{"name": "z", "type": "test.v1.Z"}]}""");
    Files.writeString(
        dir.resolve("Z.avsc"),
        """
        {"type": "record", "name": "Z", "namespace": "test.v1", "fields": [{"name": "n", "type": "int"}]}""");

    Map<String, Schema> schemas = AvscFolder.read(dir);

    assertThat(schemas).containsOnlyKeys("test.v1.A", "test.v1.Z");
    assertThat(schemas.get("test.v1.A").getField("z").schema().getField("n")).isNotNull();
  }

  @Test
  void findsTheCommittedReleaseReadableByTheCurrentSchemas() {
    int code =
        BackwardCompatibilityCheck.run(
            new String[] {"src/released/avro", "src/main/avro"},
            new PrintStream(OutputStream.nullOutputStream()),
            System.err);

    assertThat(code).isZero();
  }

  private static List<Incompatibility> check(Schema current) {
    return BackwardCompatibilityCheck.check(byName(schema(RELEASED)), byName(current));
  }

  private static Map<String, Schema> byName(Schema schema) {
    return Map.of(schema.getFullName(), schema);
  }

  private static Schema schema(String json) {
    return new Schema.Parser().parse(json);
  }
}
