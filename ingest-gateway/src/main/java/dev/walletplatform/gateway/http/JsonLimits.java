package dev.walletplatform.gateway.http;

/**
 * Bounds on a command body beyond its size, checked while it is parsed.
 *
 * @param maxDepth deepest nesting of objects and arrays (the body's object is 1): JSON_TOO_DEEP
 * @param maxFields most object members, at any depth: TOO_MANY_FIELDS
 * @param maxStringLength longest string value: FIELD_TOO_LONG
 */
public record JsonLimits(int maxDepth, int maxFields, int maxStringLength) {
  public JsonLimits {
    if (maxDepth < 2 || maxFields < 4 || maxStringLength < 128) {
      throw new IllegalArgumentException(
          "need maxDepth >= 2, maxFields >= 4, maxStringLength >= 128 (the longest"
              + " field a command has), got "
              + maxDepth
              + ", "
              + maxFields
              + ", "
              + maxStringLength);
    }
  }
}
