package dev.walletplatform.kit.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.util.Duration;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code tracing:} as the services read it: Dropwizard's mapper and durations. */
class TracingSettingsTest {
  private static final ObjectMapper YAML = Jackson.newObjectMapper(new YAMLFactory());

  private static TracingSettings read(String yaml) throws Exception {
    return YAML.readValue(yaml, TracingSettings.class);
  }

  @Test
  void anEmptyBlockExportsNothingAndKeepsEveryTrace() throws Exception {
    TracingSettings settings = read("{}");

    assertThat(settings).isEqualTo(TracingSettings.defaults());
    assertThat(settings.exporter()).isEqualTo(TracingExporter.NONE);
    assertThat(settings.samplingRatio()).isEqualTo(1.0);
    assertThat(settings.serviceNameOr("ingest-gateway")).isEqualTo("ingest-gateway");
    assertThat(settings.tracesEndpoint()).isEqualTo(URI.create("http://localhost:4318/v1/traces"));
    assertThat(settings.exportTimeout()).isEqualTo(Duration.seconds(10));
  }

  @Test
  void bindsEveryKey() throws Exception {
    TracingSettings settings =
        read(
            """
            exporter: OTLP
            otlpEndpoint: http://otel-collector.observability:4318/
            samplingRatio: 0.25
            serviceName: gateway-eu
            exportTimeout: 2s
            """);

    assertThat(settings.exporter()).isEqualTo(TracingExporter.OTLP);
    assertThat(settings.tracesEndpoint())
        .isEqualTo(URI.create("http://otel-collector.observability:4318/v1/traces"));
    assertThat(settings.samplingRatio()).isEqualTo(0.25);
    assertThat(settings.serviceNameOr("ingest-gateway")).isEqualTo("gateway-eu");
    assertThat(settings.exportTimeout()).isEqualTo(Duration.seconds(2));
  }

  @Test
  void anEndpointNamingTheTracesPathIsTakenAsIs() throws Exception {
    assertThat(read("otlpEndpoint: https://collector:4318/v1/traces").tracesEndpoint())
        .isEqualTo(URI.create("https://collector:4318/v1/traces"));
  }

  @Test
  void blankValuesFromUnsetVariablesTakeTheDefaults() throws Exception {
    TracingSettings settings =
        read("exporter: logging\notlpEndpoint: ''\nfile: ''\nserviceName: ' '\n");

    assertThat(settings.exporter()).isEqualTo(TracingExporter.LOGGING);
    assertThat(settings.otlpEndpoint()).isEqualTo(TracingSettings.DEFAULT_OTLP_ENDPOINT);
    assertThat(settings.file()).isNull();
    assertThat(settings.serviceName()).isNull();
  }

  @Test
  void theFileExporterNeedsAFile() throws Exception {
    assertThat(read("exporter: file\nfile: .local/traces/gateway.jsonl").file())
        .isEqualTo(Path.of(".local/traces/gateway.jsonl"));
    assertThatThrownBy(() -> read("exporter: file"))
        .hasMessageContaining("tracing.file is required with tracing.exporter: file");
  }

  @Test
  void refusesAnUnknownExporterNamingTheChoices() {
    assertThatThrownBy(() -> read("exporter: jaeger"))
        .hasMessageContaining("tracing.exporter must be one of none, logging, otlp, file")
        .hasMessageContaining("was: jaeger");
  }

  @Test
  void refusesARatioOutsideZeroToOne() {
    assertThatThrownBy(() -> read("samplingRatio: 1.5"))
        .hasMessageContaining("tracing.samplingRatio must be within 0..1, was: 1.5");
    assertThatThrownBy(() -> read("samplingRatio: -0.1"))
        .hasMessageContaining("tracing.samplingRatio must be within 0..1");
  }

  @Test
  void refusesAnEndpointThatIsNoHttpUrl() {
    assertThatThrownBy(() -> read("otlpEndpoint: otel-collector:4317"))
        .hasMessageContaining("tracing.otlpEndpoint must be an http(s) URL with a host");
    assertThatThrownBy(() -> read("otlpEndpoint: 'http://bad host'"))
        .hasMessageContaining("tracing.otlpEndpoint is not a URL");
  }

  @Test
  void refusesAZeroExportTimeout() {
    assertThatThrownBy(() -> read("exportTimeout: 0s"))
        .hasMessageContaining("tracing.exportTimeout must be a positive duration");
  }
}
