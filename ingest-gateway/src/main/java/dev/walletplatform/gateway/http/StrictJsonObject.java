package dev.walletplatform.gateway.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.walletplatform.domain.error.ErrorCode;
import dev.walletplatform.domain.error.InvalidInputException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a body that must be one flat JSON object of string fields. Jackson's data binding would
 * coerce {@code "amount": 0.015} into a string and keep the last of two equal keys; money must not
 * be guessed, so the body is read as a tree with duplicate detection on and every type is checked
 * here.
 */
final class StrictJsonObject {
  private static final ObjectMapper STRICT =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          .build();
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");

  private StrictJsonObject() {}

  /**
   * The string value of each of {@code fields}; fails on anything else in the body. Problems are
   * reported in body order; missing fields last, in contract order.
   */
  static Map<String, String> parse(byte[] body, List<String> fields) {
    JsonNode tree = readTree(body);
    if (!tree.isObject()) {
      throw malformed("the body must be a JSON object, was " + describe(tree));
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : tree.properties()) {
      String name = field.getKey();
      if (!fields.contains(name)) {
        throw new InvalidInputException(
            ErrorCode.UNKNOWN_FIELD, abbreviate(name), "unknown field '" + abbreviate(name) + "'; expected " + fields);
      }
      JsonNode value = field.getValue();
      if (!value.isTextual() && !value.isNull()) {
        throw new InvalidInputException(
            ErrorCode.WRONG_TYPE, name, name + " must be a JSON string, was " + describe(value));
      }
      values.put(name, value.isNull() ? null : value.textValue());
    }
    for (String name : fields) {
      if (values.get(name) == null) {
        throw new InvalidInputException(ErrorCode.MISSING_FIELD, name, name + " is required");
      }
    }
    return values;
  }

  private static JsonNode readTree(byte[] body) {
    if (body.length == 0) {
      throw malformed("the body is empty; expected a JSON object");
    }
    try {
      JsonNode tree = STRICT.readTree(body);
      if (tree == null || tree.isMissingNode()) {
        throw malformed("the body holds no JSON value; expected a JSON object");
      }
      return tree;
    } catch (JsonProcessingException e) {
      Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
      if (duplicate.find()) {
        String name = duplicate.group(1);
        throw new InvalidInputException(
            ErrorCode.DUPLICATE_FIELD, abbreviate(name), "field '" + abbreviate(name) + "' appears more than once");
      }
      // The original message and position only: the location's source excerpt could echo the body.
      throw malformed("the body is not valid JSON" + at(e.getLocation()) + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw malformed("the body is not valid JSON: " + e.getMessage());
    }
  }

  private static String at(JsonLocation location) {
    return location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  private static String describe(JsonNode node) {
    return switch (node.getNodeType()) {
      case OBJECT -> "an object";
      case ARRAY -> "an array";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case STRING -> "a string";
      case NULL -> "null";
      default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  private static String abbreviate(String text) {
    return text.length() <= 64 ? text : text.substring(0, 64) + "…";
  }

  private static InvalidInputException malformed(String message) {
    return new InvalidInputException(ErrorCode.MALFORMED_JSON, null, message);
  }
}
