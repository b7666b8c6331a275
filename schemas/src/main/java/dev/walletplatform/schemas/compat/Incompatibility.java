package dev.walletplatform.schemas.compat;

/**
 * One reason the current schemas cannot read data written with a released one.
 *
 * @param schema full name of the released schema
 * @param location JSON pointer into the schema where Avro found the problem ("/" for the whole
 *     record)
 * @param message Avro's explanation, or why the schema is missing
 */
record Incompatibility(String schema, String location, String message) {
  @Override
  public String toString() {
    return schema + " at " + location + ": " + message;
  }
}
