package dev.walletplatform.gateway.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.walletplatform.domain.error.ErrorCode;
import dev.walletplatform.domain.error.InvalidInputException;
import dev.walletplatform.gateway.error.GatewayErrorCode;
import dev.walletplatform.kit.http.ApiException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a body that must be one flat JSON object of string fields, in one streaming pass.
 * Jackson's data binding would coerce {@code "amount": 0.015} into a string and keep the last of
 * two equal keys; money must not be guessed, so every token is checked here.
 *
 * <p>Order of answers: the bytes must be UTF-8 and the whole body well-formed JSON (MALFORMED_JSON,
 * DUPLICATE_FIELD) within the limits (JSON_TOO_DEEP, TOO_MANY_FIELDS, both checked while parsing,
 * so a hostile body costs no more than the limit); then the first problem in body order
 * (UNKNOWN_FIELD, WRONG_TYPE, FIELD_TOO_LONG); then missing fields, in contract order.
 */
final class StrictJsonObject {
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private final JsonLimits limits;
  private final JsonFactory factory;

  StrictJsonObject(JsonLimits limits) {
    this.limits = limits;
    this.factory =
        JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(limits.maxDepth()).build())
            .build();
  }

  /** The string value of each of {@code fields}; fails on anything else in the body. */
  Map<String, String> parse(byte[] body, List<String> fields) {
    String text = utf8(body);
    if (text.isEmpty()) {
      throw malformed("the body is empty; expected a JSON object");
    }
    try (JsonParser parser = factory.createParser(text)) {
      return read(parser, fields);
    } catch (StreamConstraintsException e) {
      if (String.valueOf(e.getOriginalMessage()).contains("nesting depth")) {
        throw new ApiException(
            GatewayErrorCode.JSON_TOO_DEEP,
            "the body nests objects or arrays deeper than " + limits.maxDepth() + " levels",
            Map.of("max_json_depth", limits.maxDepth()));
      }
      throw malformed(
          "the body is not acceptable JSON" + at(e.getLocation()) + ": " + e.getOriginalMessage());
    } catch (JsonProcessingException e) {
      Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
      if (duplicate.find()) {
        String name = duplicate.group(1);
        throw new InvalidInputException(
            ErrorCode.DUPLICATE_FIELD,
            abbreviate(name),
            "field '" + abbreviate(name) + "' appears more than once");
      }
      // The original message and position only: the location's source excerpt could echo the body.
      throw malformed(
          "the body is not valid JSON" + at(e.getLocation()) + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw malformed("the body is not valid JSON: " + e.getMessage());
    }
  }

  private Map<String, String> read(JsonParser parser, List<String> fields) throws IOException {
    JsonToken first = parser.nextToken();
    if (first != JsonToken.START_OBJECT) {
      throw malformed(
          first == null
              ? "the body holds no JSON value; expected a JSON object"
              : "the body must be a JSON object, was " + describe(first));
    }
    Map<String, String> values = new LinkedHashMap<>();
    InvalidInputException problem = null;
    int members = 0;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      members = countMember(members);
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      InvalidInputException found = check(name, value, parser, fields);
      if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
        members = skipNested(parser, members);
      } else if (found == null) {
        values.put(name, value == JsonToken.VALUE_NULL ? null : parser.getText());
      }
      problem = problem == null ? found : problem;
    }
    if (parser.nextToken() != null) {
      throw malformed("the body has content after its JSON object");
    }
    if (problem != null) {
      throw problem;
    }
    for (String name : fields) {
      if (values.get(name) == null) {
        throw new InvalidInputException(ErrorCode.MISSING_FIELD, name, name + " is required");
      }
    }
    return values;
  }

  /** The problem with one member, or null; the value is not consumed. */
  private InvalidInputException check(
      String name, JsonToken value, JsonParser parser, List<String> fields) throws IOException {
    if (!fields.contains(name)) {
      return new InvalidInputException(
          ErrorCode.UNKNOWN_FIELD,
          abbreviate(name),
          "unknown field '" + abbreviate(name) + "'; expected " + fields);
    }
    if (value == JsonToken.VALUE_NULL) {
      return null;
    }
    if (value != JsonToken.VALUE_STRING) {
      return new InvalidInputException(
          ErrorCode.WRONG_TYPE, name, name + " must be a JSON string, was " + describe(value));
    }
    int length = parser.getTextLength();
    if (length > limits.maxStringLength()) {
      return new InvalidInputException(
          ErrorCode.FIELD_TOO_LONG,
          name,
          name
              + " is "
              + length
              + " characters long; at most "
              + limits.maxStringLength()
              + " are read");
    }
    return null;
  }

  /** Reads past the object or array just opened, counting its members against the limit. */
  private int skipNested(JsonParser parser, int members) throws IOException {
    int depth = 1;
    int counted = members;
    while (depth > 0) {
      JsonToken token = parser.nextToken();
      if (token == null) {
        throw malformed("the body ends inside an object or array");
      }
      switch (token) {
        case START_OBJECT, START_ARRAY -> depth++;
        case END_OBJECT, END_ARRAY -> depth--;
        case FIELD_NAME -> counted = countMember(counted);
        default -> {}
      }
    }
    return counted;
  }

  private int countMember(int members) {
    if (members + 1 > limits.maxFields()) {
      throw new ApiException(
          GatewayErrorCode.TOO_MANY_FIELDS,
          "the body has more than " + limits.maxFields() + " object members",
          Map.of("max_json_fields", limits.maxFields()));
    }
    return members + 1;
  }

  /**
   * RFC 8259: JSON between systems is UTF-8; anything else (or broken UTF-8) is refused, not
   * guessed.
   */
  private static String utf8(byte[] body) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(body))
              .toString();
      // a leading byte order mark is tolerated (RFC 8259 allows ignoring it), as Jackson did on
      // bytes
      return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw malformed("the body is not valid UTF-8");
    }
  }

  private static String at(JsonLocation location) {
    return location == null
        ? ""
        : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  private static String describe(JsonToken token) {
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_STRING -> "a string";
      case VALUE_NULL -> "null";
      default -> token.name().toLowerCase(Locale.ROOT);
    };
  }

  private static String abbreviate(String text) {
    return text.length() <= 64 ? text : text.substring(0, 64) + "…";
  }

  private static InvalidInputException malformed(String message) {
    return new InvalidInputException(ErrorCode.MALFORMED_JSON, null, message);
  }
}
