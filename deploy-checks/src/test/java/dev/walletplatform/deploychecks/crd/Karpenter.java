package dev.walletplatform.deploychecks.crd;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.NodeSelectorRequirement;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Taint;
import java.util.List;
import java.util.Map;

/** Karpenter v1 (karpenter.sh, karpenter.k8s.aws): node pools and the EC2 node class. */
public final class Karpenter {
  private Karpenter() {}

  public record NodePool(
      @JsonProperty(required = true) String apiVersion,
      @JsonProperty(required = true) String kind,
      @JsonProperty(required = true) ObjectMeta metadata,
      @JsonProperty(required = true) NodePoolSpec spec) {}

  public record NodePoolSpec(
      Integer weight,
      @JsonProperty(required = true) NodeClaimTemplate template,
      Map<String, String> limits,
      @JsonProperty(required = true) Disruption disruption) {}

  public record NodeClaimTemplate(
      TemplateMeta metadata, @JsonProperty(required = true) NodeClaimSpec spec) {}

  public record TemplateMeta(Map<String, String> labels, Map<String, String> annotations) {}

  public record NodeClaimSpec(
      @JsonProperty(required = true) NodeClassRef nodeClassRef,
      List<Taint> taints,
      String expireAfter,
      String terminationGracePeriod,
      @JsonProperty(required = true) List<NodeSelectorRequirement> requirements) {}

  public record NodeClassRef(
      @JsonProperty(required = true) String group,
      @JsonProperty(required = true) String kind,
      @JsonProperty(required = true) String name) {}

  public record Disruption(
      @JsonProperty(required = true) ConsolidationPolicy consolidationPolicy,
      String consolidateAfter,
      List<Budget> budgets) {}

  public enum ConsolidationPolicy {
    WhenEmpty,
    WhenEmptyOrUnderutilized
  }

  public enum DisruptionReason {
    Underutilized,
    Empty,
    Drifted
  }

  public record Budget(
      @JsonProperty(required = true) String nodes,
      List<DisruptionReason> reasons,
      String schedule,
      String duration) {}

  public record Ec2NodeClass(
      @JsonProperty(required = true) String apiVersion,
      @JsonProperty(required = true) String kind,
      @JsonProperty(required = true) ObjectMeta metadata,
      @JsonProperty(required = true) Ec2NodeClassSpec spec) {}

  public record Ec2NodeClassSpec(
      @JsonProperty(required = true) List<AmiSelector> amiSelectorTerms,
      @JsonProperty(required = true) String role,
      @JsonProperty(required = true) List<TagSelector> subnetSelectorTerms,
      @JsonProperty(required = true) List<TagSelector> securityGroupSelectorTerms,
      MetadataOptions metadataOptions,
      List<BlockDevice> blockDeviceMappings,
      Map<String, String> tags) {}

  public record AmiSelector(String alias, String id) {}

  public record TagSelector(@JsonProperty(required = true) Map<String, String> tags) {}

  public record MetadataOptions(
      String httpEndpoint,
      String httpProtocolIPv6,
      Integer httpPutResponseHopLimit,
      String httpTokens) {}

  public record BlockDevice(
      @JsonProperty(required = true) String deviceName, @JsonProperty(required = true) Ebs ebs) {}

  public record Ebs(
      String volumeSize,
      String volumeType,
      @JsonProperty(required = true) Boolean encrypted,
      Boolean deleteOnTermination) {}
}
