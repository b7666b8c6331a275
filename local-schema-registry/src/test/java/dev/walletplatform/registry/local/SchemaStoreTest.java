package dev.walletplatform.registry.local;

import static dev.walletplatform.registry.local.RegistryHttpApiTest.PAYMENT_V1;
import static dev.walletplatform.registry.local.RegistryHttpApiTest.PAYMENT_V2;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaStoreTest {
  private final SchemaStore store = new SchemaStore();

  @Test
  void keepsTheFirstRecordWhenTwoWritersClaimTheSameId() {
    store.apply(RegisteredSchema.of("a-value", 1, 1, PAYMENT_V1));

    boolean applied = store.apply(RegisteredSchema.of("b-value", 1, 1, PAYMENT_V2));

    assertThat(applied).isFalse();
    assertThat(store.byId(1)).get().extracting(RegisteredSchema::schema).isEqualTo(PAYMENT_V1);
    assertThat(store.hasSubject("b-value")).isFalse();
  }

  @Test
  void keepsTheFirstRecordWhenTwoWritersClaimTheSameVersion() {
    store.apply(RegisteredSchema.of("a-value", 1, 1, PAYMENT_V1));

    boolean applied = store.apply(RegisteredSchema.of("a-value", 1, 2, PAYMENT_V2));

    assertThat(applied).isFalse();
    assertThat(store.latest("a-value")).get().extracting(RegisteredSchema::id).isEqualTo(1);
    assertThat(store.byId(2)).isEmpty();
    assertThat(store.nextId()).isEqualTo(2);
  }

  @Test
  void appliesARepeatedRecordOnce() {
    RegisteredSchema record = RegisteredSchema.of("a-value", 1, 1, PAYMENT_V1);

    assertThat(store.apply(record)).isTrue();
    assertThat(store.apply(record)).isFalse();
    assertThat(store.versions("a-value")).containsExactly(1);
  }

  @Test
  void rebuildsTheSameStateFromTheSameLog() {
    List<RegisteredSchema> log =
        List.of(
            RegisteredSchema.of("a-value", 1, 1, PAYMENT_V1),
            RegisteredSchema.of("a-value", 2, 2, PAYMENT_V2),
            RegisteredSchema.of("b-value", 1, 1, PAYMENT_V1));
    SchemaStore replayed = new SchemaStore();

    log.forEach(store::apply);
    log.forEach(replayed::apply);

    assertThat(replayed.subjects())
        .isEqualTo(store.subjects())
        .containsExactly("a-value", "b-value");
    assertThat(replayed.find("b-value", PAYMENT_V1.toString()))
        .isEqualTo(store.find("b-value", PAYMENT_V1.toString()));
    assertThat(replayed.idOf(PAYMENT_V2.toString())).hasValue(2);
    assertThat(replayed.nextId()).isEqualTo(3);
  }
}
