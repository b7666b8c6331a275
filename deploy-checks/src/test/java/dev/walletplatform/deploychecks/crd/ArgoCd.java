package dev.walletplatform.deploychecks.crd;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.List;
import java.util.Map;

/** Argo CD (argoproj.io/v1alpha1): the ApplicationSet over both regions and its project. */
public final class ArgoCd {
  private ArgoCd() {}

  public record ApplicationSet(
      @JsonProperty(required = true) String apiVersion,
      @JsonProperty(required = true) String kind,
      @JsonProperty(required = true) ObjectMeta metadata,
      @JsonProperty(required = true) ApplicationSetSpec spec) {}

  public record ApplicationSetSpec(
      Boolean goTemplate,
      List<String> goTemplateOptions,
      @JsonProperty(required = true) List<Generator> generators,
      @JsonProperty(required = true) AppTemplate template) {}

  public record Generator(@JsonProperty(required = true) ClusterGenerator clusters) {}

  public record ClusterGenerator(LabelSelector selector) {}

  public record AppTemplate(
      @JsonProperty(required = true) AppMeta metadata,
      @JsonProperty(required = true) AppSpec spec) {}

  /** Template strings, not a real ObjectMeta: names hold Go templates until generated. */
  public record AppMeta(@JsonProperty(required = true) String name, Map<String, String> labels) {}

  public record AppSpec(
      @JsonProperty(required = true) String project,
      @JsonProperty(required = true) Source source,
      @JsonProperty(required = true) Destination destination,
      SyncPolicy syncPolicy,
      List<IgnoreDifference> ignoreDifferences) {}

  public record Source(
      @JsonProperty(required = true) String repoURL,
      @JsonProperty(required = true) String targetRevision,
      @JsonProperty(required = true) String path) {}

  public record Destination(@JsonProperty(required = true) String server, String namespace) {}

  public record SyncPolicy(Automated automated, List<String> syncOptions, Retry retry) {}

  public record Automated(Boolean prune, Boolean selfHeal) {}

  public record Retry(Integer limit, Backoff backoff) {}

  public record Backoff(String duration, Integer factor, String maxDuration) {}

  public record IgnoreDifference(
      String group, @JsonProperty(required = true) String kind, List<String> jsonPointers) {}

  public record AppProject(
      @JsonProperty(required = true) String apiVersion,
      @JsonProperty(required = true) String kind,
      @JsonProperty(required = true) ObjectMeta metadata,
      @JsonProperty(required = true) AppProjectSpec spec) {}

  public record AppProjectSpec(
      String description,
      @JsonProperty(required = true) List<String> sourceRepos,
      @JsonProperty(required = true) List<Destination> destinations,
      List<GroupKind> clusterResourceWhitelist,
      OrphanedResources orphanedResources) {}

  public record GroupKind(
      @JsonProperty(required = true) String group, @JsonProperty(required = true) String kind) {}

  public record OrphanedResources(Boolean warn) {}
}
