package dev.walletplatform.schemas.serde;

import org.apache.avro.generic.GenericEnumSymbol;
import org.apache.avro.specific.SpecificFixed;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.util.ClassSecurityValidator;
import org.apache.avro.util.ClassSecurityValidator.ClassSecurityPredicate;

/**
 * Avro 1.12 loads a class by a schema's name only if a global predicate trusts it, and by default
 * trusts only {@code java.lang} boxes and {@code java.math}: without this, every read and write of
 * an envelope fails with "Forbidden ... not trusted". Trusted here: this module's generated
 * records, enums and fixeds — named by our own schemas, so no gadget class an attacker could name.
 *
 * <p>The serdes call {@link #install()}; code that uses {@code SpecificDatumReader} directly calls
 * it too.
 */
public final class GeneratedClassTrust {
  private static final String GENERATED_PACKAGES = "dev.walletplatform.schemas.";
  private static boolean installed;

  private GeneratedClassTrust() {}

  /**
   * Adds the generated classes to Avro's global trust, keeping whatever it trusted before.
   * Idempotent.
   */
  public static synchronized void install() {
    if (installed) {
      return;
    }
    ClassSecurityPredicate previous = ClassSecurityValidator.getGlobal();
    ClassSecurityValidator.setGlobal(
        ClassSecurityValidator.composite(previous, GeneratedClassTrust::isGenerated));
    installed = true;
  }

  static boolean isGenerated(Class<?> type) {
    return type.getName().startsWith(GENERATED_PACKAGES)
        && (SpecificRecord.class.isAssignableFrom(type)
            || GenericEnumSymbol.class.isAssignableFrom(type)
            || SpecificFixed.class.isAssignableFrom(type));
  }
}
