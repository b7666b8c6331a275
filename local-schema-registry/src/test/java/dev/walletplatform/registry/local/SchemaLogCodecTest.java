package dev.walletplatform.registry.local;

import static dev.walletplatform.registry.local.RegistryHttpApiTest.PAYMENT_V1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SchemaLogCodecTest {
  @Test
  void readsBackWhatItWrites() {
    RegisteredSchema record = RegisteredSchema.of("payments-value", 3, 7, PAYMENT_V1);

    assertThat(SchemaLogCodec.decode(SchemaLogCodec.value(record))).hasValue(record);
  }

  @Test
  void keysOneRecordPerSubjectVersionInConfluentsLayout() {
    String key = SchemaLogCodec.key(RegisteredSchema.of("payments-value", 3, 7, PAYMENT_V1));

    assertThat(key)
        .isEqualTo(
            "{\"keytype\":\"SCHEMA\",\"subject\":\"payments-value\",\"version\":3,\"magic\":1}");
  }

  @Test
  void skipsTombstonesDeletionsAndOtherRecordKinds() {
    assertThat(SchemaLogCodec.decode(null)).isEmpty();
    assertThat(
            SchemaLogCodec.decode(
                "{\"subject\":\"s\",\"version\":1,\"id\":1,\"schema\":\"\\\"string\\\"\",\"deleted\":true}"))
        .isEmpty();
    assertThat(SchemaLogCodec.decode("{\"compatibilityLevel\":\"FULL\"}")).isEmpty();
  }

  @Test
  void rejectsARecordThatIsNotARegistration() {
    assertThatThrownBy(() -> SchemaLogCodec.decode("not json"))
        .isInstanceOf(LocalRegistryException.class);
    assertThatThrownBy(
            () ->
                SchemaLogCodec.decode(
                    "{\"subject\":\"s\",\"version\":0,\"id\":1,\"schema\":\"\\\"string\\\"\"}"))
        .isInstanceOf(LocalRegistryException.class)
        .hasMessageContaining("version");
  }
}
