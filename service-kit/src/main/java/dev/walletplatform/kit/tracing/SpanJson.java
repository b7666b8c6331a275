package dev.walletplatform.kit.tracing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A finished span as one JSON object, in OTLP/JSON's names ({@code traceId}, {@code spanId}, {@code
 * parentSpanId}, {@code kind}, {@code startTimeUnixNano}, {@code status.code}) but flat: attributes
 * as an object of key to value, the resource's attributes beside them. What {@link
 * JsonLinesSpanExporter} writes, one object a line, and what {@code docs/traces} shows.
 */
public final class SpanJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private SpanJson() {}

  public static ObjectNode of(SpanData span) {
    ObjectNode json = NODES.objectNode();
    json.set("resource", attributes(span.getResource().getAttributes()));
    json.put("scope", span.getInstrumentationScopeInfo().getName());
    json.put("traceId", span.getTraceId());
    json.put("spanId", span.getSpanId());
    if (span.getParentSpanContext().isValid()) {
      json.put("parentSpanId", span.getParentSpanId());
    }
    json.put("name", span.getName());
    json.put("kind", "SPAN_KIND_" + span.getKind().name());
    json.put("startTimeUnixNano", Long.toString(span.getStartEpochNanos()));
    json.put("endTimeUnixNano", Long.toString(span.getEndEpochNanos()));
    json.put("durationMicros", (span.getEndEpochNanos() - span.getStartEpochNanos()) / 1_000);
    json.set("attributes", attributes(span.getAttributes()));
    List<EventData> events = span.getEvents();
    if (!events.isEmpty()) {
      ArrayNode list = json.putArray("events");
      for (EventData event : events) {
        ObjectNode item = list.addObject();
        item.put("name", event.getName());
        item.put("timeUnixNano", Long.toString(event.getEpochNanos()));
        item.set("attributes", attributes(event.getAttributes()));
      }
    }
    List<LinkData> links = span.getLinks();
    if (!links.isEmpty()) {
      ArrayNode list = json.putArray("links");
      for (LinkData link : links) {
        ObjectNode item = list.addObject();
        item.put("traceId", link.getSpanContext().getTraceId());
        item.put("spanId", link.getSpanContext().getSpanId());
      }
    }
    ObjectNode status = json.putObject("status");
    status.put("code", "STATUS_CODE_" + span.getStatus().getStatusCode().name());
    if (!span.getStatus().getDescription().isEmpty()) {
      status.put("message", span.getStatus().getDescription());
    }
    return json;
  }

  /** The span as one line of JSON (no line break inside). */
  public static String line(SpanData span) {
    try {
      return MAPPER.writeValueAsString(of(span));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("span " + span.getSpanId() + " is not writable as JSON", e);
    }
  }

  /** Keys sorted, so two runs' files compare line by line. */
  private static ObjectNode attributes(Attributes attributes) {
    Map<String, Object> sorted = new TreeMap<>();
    attributes.forEach((AttributeKey<?> key, Object value) -> sorted.put(key.getKey(), value));
    ObjectNode json = NODES.objectNode();
    sorted.forEach((key, value) -> json.set(key, MAPPER.valueToTree(value)));
    return json;
  }
}
