package dev.walletplatform.deploychecks.crd;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import java.util.List;

/** Argo Rollouts (argoproj.io/v1alpha1): the gateway's canary and its analysis. */
public final class ArgoRollouts {
  private ArgoRollouts() {}

  public record Rollout(
      @JsonProperty(required = true) String apiVersion,
      @JsonProperty(required = true) String kind,
      @JsonProperty(required = true) ObjectMeta metadata,
      @JsonProperty(required = true) RolloutSpec spec) {}

  public record RolloutSpec(
      Integer replicas,
      Integer revisionHistoryLimit,
      @JsonProperty(required = true) LabelSelector selector,
      @JsonProperty(required = true) Strategy strategy,
      @JsonProperty(required = true) PodTemplateSpec template) {}

  public record Strategy(@JsonProperty(required = true) Canary canary) {}

  public record Canary(
      IntOrString maxSurge,
      IntOrString maxUnavailable,
      Integer abortScaleDownDelaySeconds,
      String canaryService,
      String stableService,
      BackgroundAnalysis analysis,
      @JsonProperty(required = true) List<Step> steps) {}

  public record BackgroundAnalysis(
      @JsonProperty(required = true) List<TemplateRef> templates,
      Integer startingStep,
      List<AnalysisArg> args) {}

  public record TemplateRef(@JsonProperty(required = true) String templateName) {}

  public record AnalysisArg(
      @JsonProperty(required = true) String name, String value, ArgValueFrom valueFrom) {}

  public record ArgValueFrom(@JsonProperty(required = true) PodTemplateHash podTemplateHashValue) {}

  public enum PodTemplateHash {
    Stable,
    Latest
  }

  /** Exactly one of the fields is set per step. */
  public record Step(Integer setWeight, Pause pause) {}

  public record Pause(String duration) {}

  public record AnalysisTemplate(
      @JsonProperty(required = true) String apiVersion,
      @JsonProperty(required = true) String kind,
      @JsonProperty(required = true) ObjectMeta metadata,
      @JsonProperty(required = true) AnalysisSpec spec) {}

  public record AnalysisSpec(
      List<TemplateArg> args, @JsonProperty(required = true) List<Metric> metrics) {}

  public record TemplateArg(@JsonProperty(required = true) String name, String value) {}

  public record Metric(
      @JsonProperty(required = true) String name,
      String initialDelay,
      String interval,
      Integer count,
      Integer failureLimit,
      Integer inconclusiveLimit,
      @JsonProperty(required = true) String successCondition,
      @JsonProperty(required = true) Provider provider) {}

  public record Provider(@JsonProperty(required = true) Prometheus prometheus) {}

  public record Prometheus(
      @JsonProperty(required = true) String address,
      Integer timeout,
      @JsonProperty(required = true) String query) {}
}
