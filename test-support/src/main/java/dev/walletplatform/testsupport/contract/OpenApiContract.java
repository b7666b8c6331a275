package dev.walletplatform.testsupport.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.report.ValidationReport.Level;
import com.atlassian.oai.validator.report.ValidationReport.Message;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A service's published OpenAPI document as a test oracle: {@link #check} fails with the
 * validator's report when an exchange a test made is not what the document promises. Mobile teams
 * generate their clients from this document, so an answer it does not describe is a bug of the
 * document or of the service, whichever the test shows to be wrong.
 *
 * <p>What counts as a mismatch:
 *
 * <ul>
 *   <li>every answer: an undocumented status, a Content-Type the operation does not list, a body
 *       not matching its schema (a field the schema does not list included, unless it allows more
 *       with {@code additionalProperties: true}: a field clients do not know of is undocumented
 *       too), a required response header missing or a documented one not matching its schema;
 *   <li>a request the service served (anything but a 4xx refusal): every way it breaks the document
 *       (parameters, headers, body, credentials present), because a client generated from the
 *       document could not send it, or the document is stricter than the service;
 *   <li>a request for which the document has no operation (unknown path or method): unless it was
 *       refused with a 4xx in the document's {@code Error} schema, since the service then serves
 *       something no client can know of.
 * </ul>
 *
 * Deliberately not a mismatch: how a request the service refused with a 4xx breaks the document.
 * The integration tests send wrong requests on purpose (a missing key, a malformed body, no token)
 * and the document rightly says they are wrong; what matters is that the refusal is documented,
 * which the answer's checks cover. The validator only sees that a bearer token is present, never
 * whether it verifies: the security ITs cover tokens.
 *
 * <p>Outside the contract altogether: requests that break HTTP itself (TRACE, headers or a request
 * line over the server's limits, raw sockets). Their clients send them past {@link #check}, by
 * name.
 *
 * <p>One instance per document and JVM (parsing is slow); safe to use from many threads.
 */
public final class OpenApiContract {
  /** Keyed by the document's URL as text: URL's own equals resolves host names. */
  private static final ConcurrentMap<String, OpenApiContract> LOADED = new ConcurrentHashMap<>();

  /** The validator's keys for a request that matches no operation of the document. */
  private static final Set<String> NO_OPERATION =
      Set.of("validation.request.path.missing", "validation.request.operation.notAllowed");

  private final URL source;
  private final OpenApiInteractionValidator validator;
  private final ErrorSchema errorSchema;
  private final AtomicInteger checked = new AtomicInteger();

  private OpenApiContract(URL source, String document) {
    this.source = source;
    String rendered = OpenApi30Rendering.of(document);
    this.validator =
        OpenApiInteractionValidator.createForInlineApiSpecification(rendered)
            // every message is an error unless the rules above say otherwise; no level file on the
            // classpath (the validator looks for one) can quietly turn a check off
            .withLevelResolver(LevelResolver.create().withDefaultLevel(Level.ERROR).build())
            .build();
    OpenAPI api = parse(rendered);
    this.errorSchema = new ErrorSchema(api);
    compileEverySchema(api);
    ContractSummary.register(this);
  }

  /**
   * The {@code /openapi.yaml} that {@code owner}'s service serves (the kit reads it the same way).
   */
  public static OpenApiContract of(Class<?> owner) {
    return of(owner, "/openapi.yaml");
  }

  /** The document at {@code resource} on {@code owner}'s classpath. */
  public static OpenApiContract of(Class<?> owner, String resource) {
    URL url = owner.getResource(resource);
    if (url == null) {
      throw new IllegalArgumentException(
          resource + " is not on " + owner.getName() + "'s classpath");
    }
    return LOADED.computeIfAbsent(url.toExternalForm(), u -> new OpenApiContract(url, read(url)));
  }

  /** Fails with the validator's report if {@code exchange} is not what the document promises. */
  public void check(RecordedExchange exchange) {
    List<Message> mismatches = mismatches(exchange);
    checked.incrementAndGet();
    if (!mismatches.isEmpty()) {
      throw new AssertionError(
          "The exchange "
              + exchange
              + " breaks the contract "
              + source
              + "\n"
              + SimpleValidationReportFormat.getInstance().apply(ValidationReport.from(mismatches))
              + "\n"
              + "request body:  "
              + RecordedExchange.abbreviated(
                  new String(exchange.requestBody(), StandardCharsets.UTF_8), 500)
              + "\n"
              + "response body: "
              + RecordedExchange.abbreviated(String.valueOf(exchange.responseBody()), 500));
    }
  }

  /** How many exchanges were checked against this document so far. */
  public int checked() {
    return checked.get();
  }

  URL source() {
    return source;
  }

  /**
   * Runs one made-up exchange per documented answer through the validator and drops the result: the
   * JSON-schema engine starts and compiles each schema on first use (a second for the first, a
   * tenth for each next), which would otherwise land inside the first requests of a test, and some
   * time theirs (the rate-limit ITs count what a token bucket refills per second).
   */
  private void compileEverySchema(OpenAPI api) {
    api.getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach(
                        (httpMethod, operation) -> {
                          SimpleRequest.Builder request =
                              new SimpleRequest.Builder(httpMethod.name(), path);
                          if (operation.getParameters() != null) {
                            operation.getParameters().stream()
                                .filter(parameter -> "header".equals(parameter.getIn()))
                                .forEach(
                                    parameter ->
                                        request.withHeader(parameter.getName(), "warm-up-value"));
                          }
                          if (operation.getRequestBody() != null) {
                            request.withContentType("application/json").withBody("{}");
                          }
                          operation.getResponses().keySet().stream()
                              .filter(status -> status.matches("[1-5][0-9][0-9]"))
                              .forEach(
                                  status ->
                                      validator.validate(
                                          request.build(),
                                          SimpleResponse.Builder.status(Integer.parseInt(status))
                                              .withContentType("application/json")
                                              .withBody("{}")
                                              .build()));
                        }));
    errorSchema.mismatches("{}");
  }

  private static OpenAPI parse(String document) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    OpenAPI api = new OpenAPIV3Parser().readContents(document, null, options).getOpenAPI();
    if (api == null || api.getPaths() == null) {
      throw new IllegalArgumentException("not an OpenAPI document with paths");
    }
    return api;
  }

  private List<Message> mismatches(RecordedExchange exchange) {
    Request.Method method = method(exchange.method());
    if (method == null) {
      return outsideTheDocument(
          exchange,
          List.of(
              Message.create(
                      "validation.request.operation.notAllowed",
                      exchange.method() + " is no method an OpenAPI document can describe")
                  .build()));
    }
    List<Message> errors =
        validator.validate(request(method, exchange), response(exchange)).getMessages().stream()
            .filter(message -> message.getLevel() == Level.ERROR)
            .toList();
    if (errors.stream().anyMatch(message -> NO_OPERATION.contains(message.getKey()))) {
      return outsideTheDocument(exchange, errors);
    }
    boolean refused = exchange.status() >= 400 && exchange.status() < 500;
    return errors.stream()
        .filter(message -> !(refused && message.getKey().startsWith("validation.request.")))
        .toList();
  }

  /** A request no operation describes must be refused, in the document's one error shape. */
  private List<Message> outsideTheDocument(RecordedExchange exchange, List<Message> why) {
    List<Message> mismatches = new ArrayList<>();
    if (exchange.status() < 400 || exchange.status() >= 500) {
      mismatches.add(
          Message.create(
                  "contract.undocumented.served",
                  "The service answered "
                      + exchange.status()
                      + " to a request the document has no operation for")
              .build());
      mismatches.addAll(why);
      return mismatches;
    }
    String contentType =
        exchange.responseHeaders().entrySet().stream()
            .filter(header -> header.getKey().equalsIgnoreCase("Content-Type"))
            .flatMap(header -> header.getValue().stream())
            .findFirst()
            .orElse("");
    if (!contentType.startsWith("application/json")) {
      mismatches.add(
          Message.create(
                  "contract.undocumented.contentType",
                  "A refusal must be an application/json Error, but Content-Type is '"
                      + contentType
                      + "'")
              .build());
    }
    mismatches.addAll(errorSchema.mismatches(exchange.responseBody()));
    return mismatches;
  }

  private static Request.Method method(String name) {
    for (Request.Method method : Request.Method.values()) {
      if (method.name().equals(name)) {
        return method;
      }
    }
    return null;
  }

  private static Request request(Request.Method method, RecordedExchange exchange) {
    SimpleRequest.Builder request = new SimpleRequest.Builder(method, exchange.rawPath());
    exchange.requestHeaders().forEach(request::withHeader);
    query(exchange.rawQuery()).forEach(request::withQueryParam);
    byte[] body = exchange.requestBody();
    if (body.length > 0) {
      request.withBody(body);
    }
    return request.build();
  }

  private static SimpleResponse response(RecordedExchange exchange) {
    SimpleResponse.Builder response = SimpleResponse.Builder.status(exchange.status());
    exchange.responseHeaders().forEach(response::withHeader);
    if (exchange.responseBody() != null && !exchange.responseBody().isEmpty()) {
      response.withBody(exchange.responseBody());
    }
    return response.build();
  }

  private static Map<String, List<String>> query(String rawQuery) {
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return parameters;
    }
    for (String pair : rawQuery.split("&")) {
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }
    return parameters;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text; // a malformed escape: the server sees it raw too
    }
  }

  private static String read(URL url) {
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + url, e);
    }
  }
}
