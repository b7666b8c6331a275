package dev.walletplatform.deploychecks.crd;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.List;

/** External Secrets Operator (external-secrets.io/v1): secrets from AWS Secrets Manager. */
public final class ExternalSecrets {
  private ExternalSecrets() {}

  public record ExternalSecret(
      @JsonProperty(required = true) String apiVersion,
      @JsonProperty(required = true) String kind,
      @JsonProperty(required = true) ObjectMeta metadata,
      @JsonProperty(required = true) ExternalSecretSpec spec) {}

  public record ExternalSecretSpec(
      String refreshInterval,
      @JsonProperty(required = true) StoreRef secretStoreRef,
      @JsonProperty(required = true) Target target,
      @JsonProperty(required = true) List<Data> data) {}

  public record StoreRef(
      @JsonProperty(required = true) StoreKind kind, @JsonProperty(required = true) String name) {}

  public enum StoreKind {
    SecretStore,
    ClusterSecretStore
  }

  public record Target(@JsonProperty(required = true) String name, CreationPolicy creationPolicy) {}

  public enum CreationPolicy {
    Owner,
    Orphan,
    Merge,
    None
  }

  public record Data(
      @JsonProperty(required = true) String secretKey,
      @JsonProperty(required = true) RemoteRef remoteRef) {}

  public record RemoteRef(
      @JsonProperty(required = true) String key, String property, Decoding decodingStrategy) {}

  public enum Decoding {
    Auto,
    Base64,
    Base64URL,
    None
  }

  public record ClusterSecretStore(
      @JsonProperty(required = true) String apiVersion,
      @JsonProperty(required = true) String kind,
      @JsonProperty(required = true) ObjectMeta metadata,
      @JsonProperty(required = true) StoreSpec spec) {}

  public record StoreSpec(
      List<Condition> conditions, @JsonProperty(required = true) Provider provider) {}

  public record Condition(LabelSelector namespaceSelector, List<String> namespaces) {}

  public record Provider(@JsonProperty(required = true) Aws aws) {}

  public record Aws(
      @JsonProperty(required = true) AwsService service,
      @JsonProperty(required = true) String region) {}

  public enum AwsService {
    SecretsManager,
    ParameterStore
  }
}
