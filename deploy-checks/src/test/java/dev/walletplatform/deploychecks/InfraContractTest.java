package dev.walletplatform.deploychecks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletplatform.deploychecks.support.Kustomize;
import dev.walletplatform.deploychecks.support.RenderedManifests;
import dev.walletplatform.deploychecks.support.RepoLayout;
import dev.walletplatform.deploychecks.support.Workload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Where k8s/ and terraform/ (and the image build) name the same things, they name them alike:
 * CIDRs, role and tag names, secret names, image repositories. Terraform files are read as text:
 * the values compared are plain literals there.
 */
class InfraContractTest {
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

  static Stream<Path> overlays() {
    return RepoLayout.overlays().stream();
  }

  @Test
  void eachOverlayHasATerraformEnvironment() {
    assertThat(names(RepoLayout.children(RepoLayout.terraform().resolve("environments"))))
        .isEqualTo(names(RepoLayout.overlays()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overlays")
  void networkPoliciesNameTheSubnetTiersOfTheRegionsVpc(Path overlay) throws IOException {
    String region = overlay.getFileName().toString();
    String vpc = literal(environmentMain(region), "vpc_cidr");
    // terraform/modules/network: public tier = 12th /20 of the /16, data tier = 13th
    String publicTier = subnet20(vpc, 12);
    String dataTier = subnet20(vpc, 13);
    RenderedManifests rendered = Kustomize.render(overlay);

    List<String> cidrs =
        rendered.ofKind("NetworkPolicy").stream()
            .flatMap(p -> p.findValues("ipBlock").stream())
            .map(b -> b.path("cidr").asText())
            .toList();
    assertThat(cidrs)
        .isNotEmpty()
        .allMatch(
            c -> Set.of(publicTier, dataTier, vpc).contains(c),
            "one of " + publicTier + ", " + dataTier + ", " + vpc);
    JsonNode gateway = rendered.get("NetworkPolicy", "ingest-gateway");
    assertThat(gateway.path("spec").path("ingress").get(0).findValue("cidr").asText())
        .isEqualTo(publicTier);
    assertThat(gateway.path("spec").path("egress").get(0).findValue("cidr").asText())
        .isEqualTo(dataTier);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overlays")
  void nodeClassAndSecretStoreUseTheRegionsClusterAndSecrets(Path overlay) throws IOException {
    String region = overlay.getFileName().toString();
    String main = environmentMain(region);
    assertThat(literal(main, "region")).isEqualTo(region);
    // the root hands its region to modules/region, which names the cluster after it
    assertThat(main)
        .containsPattern("module \"region\" \\{[^}]*\\bregion\\s*=\\s*local\\.region\\b");
    assertThat(Files.readString(RepoLayout.terraform().resolve("modules/region/main.tf")))
        .containsPattern("cluster_name\\s*=\\s*\"wallet-\\$\\{var\\.region}\"");
    RenderedManifests rendered = Kustomize.render(overlay);

    JsonNode nodeClass = rendered.get("EC2NodeClass", "graviton").path("spec");
    // terraform/modules/karpenter names the role KarpenterNodeRole-<cluster>; modules/network and
    // eks tag for discovery
    assertThat(nodeClass.path("role").asText()).isEqualTo("KarpenterNodeRole-wallet-" + region);
    assertThat(nodeClass.findValuesAsText("karpenter.sh/discovery"))
        .isNotEmpty()
        .containsOnly("wallet-" + region);
    assertThat(
            rendered
                .get("ClusterSecretStore", "aws-secrets-manager")
                .path("spec")
                .path("provider")
                .path("aws")
                .path("region")
                .asText())
        .isEqualTo(region);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overlays")
  void everyExternalSecretReadsASecretTerraformCreates(Path overlay) throws IOException {
    String secrets = Files.readString(RepoLayout.terraform().resolve("modules/secrets/main.tf"));
    Set<String> created =
        Stream.of(
                quotedIn(block(secrets, "kafka_users")).stream().map(u -> "AmazonMSK_wallet_" + u),
                Stream.of(
                    "wallet/ledger-applier/db",
                    "wallet/wallet-service/db",
                    "wallet/platform-endpoints"),
                quotedIn(block(secrets, "operator_provided")).stream())
            .flatMap(s -> s)
            .collect(Collectors.toSet());
    assertThat(secrets)
        .contains(
            "\"wallet/${each.key}/db\"",
            "\"AmazonMSK_wallet_${each.key}\"",
            "\"wallet/platform-endpoints\"");

    List<String> read =
        Kustomize.render(overlay).ofKind("ExternalSecret").stream()
            .flatMap(es -> es.path("spec").path("data").findValuesAsText("key").stream())
            .toList();
    assertThat(read)
        .isNotEmpty()
        .allMatch(created::contains, "created by terraform/modules/secrets " + created);
  }

  @Test
  void thePlatformEndpointsSecretHasTheKeysThePodsRead() throws IOException {
    String variables =
        Files.readString(RepoLayout.terraform().resolve("modules/secrets/variables.tf"));
    RenderedManifests rendered = Kustomize.render(RepoLayout.overlays().get(0));

    for (String key : rendered.externalSecretKeys("platform-endpoints").orElseThrow()) {
      assertThat(variables)
          .as("platform_endpoints in modules/secrets declares %s", key)
          .containsPattern(key + "\\s+=\\s+string");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overlays")
  void serviceImagesComeFromTheRegionsEcrRepositories(Path overlay) throws IOException {
    String region = overlay.getFileName().toString();
    List<String> repositories =
        quotedIn(
            block(
                Files.readString(RepoLayout.terraform().resolve("modules/ecr/variables.tf")),
                "default"));
    String build = Files.readString(RepoLayout.root().resolve("deploy/images/build.sh"));
    Pattern ours =
        Pattern.compile(
            "\\d{12}\\.dkr\\.ecr\\."
                + Pattern.quote(region)
                + "\\.amazonaws\\.com/wallet-platform/([a-z-]+):.+");

    List<String> images =
        Workload.in(Kustomize.render(overlay)).stream()
            .flatMap(w -> w.containers().stream())
            .map(c -> c.getImage())
            .filter(i -> i.contains(".dkr.ecr."))
            .toList();
    assertThat(images)
        .hasSize(3)
        .allSatisfy(
            image -> {
              Matcher m = ours.matcher(image);
              assertThat(m.matches()).as("%s is in this region's ECR", image).isTrue();
              assertThat(repositories)
                  .as("ECR repositories (terraform/modules/ecr)")
                  .contains(m.group(1));
              assertThat(build)
                  .as("deploy/images/build.sh builds %s", m.group(1))
                  .contains(m.group(1));
            });
  }

  @Test
  void everyKafkaUserHasItsAclsAndEveryAclItsUser() throws IOException {
    List<String> users =
        quotedIn(
            block(
                Files.readString(RepoLayout.terraform().resolve("modules/secrets/main.tf")),
                "kafka_users"));
    String acls = Files.readString(RepoLayout.k8s().resolve("base/kafka/acls.sh"));
    Set<String> principals =
        Pattern.compile("User:([a-z-]+)")
            .matcher(acls)
            .results()
            .map(m -> m.group(1))
            .collect(Collectors.toSet());

    // kafka-admin grants the ACLs; it is bootstrapped by hand (docs/deploy.md), not by the script
    assertThat(principals)
        .containsExactlyInAnyOrderElementsOf(
            users.stream().filter(u -> !u.equals("kafka-admin")).toList());
  }

  private static String environmentMain(String region) throws IOException {
    return Files.readString(
        RepoLayout.terraform().resolve("environments").resolve(region).resolve("main.tf"));
  }

  private static String literal(String hcl, String name) {
    Matcher m =
        Pattern.compile("(?m)^\\s*" + Pattern.quote(name) + "\\s*=\\s*\"([^\"]+)\"").matcher(hcl);
    assertThat(m.find()).as("a literal %s = \"...\"", name).isTrue();
    return m.group(1);
  }

  /** The text of `name = [ ... ]` (a list literal). */
  private static String block(String hcl, String name) {
    Matcher m = Pattern.compile(Pattern.quote(name) + "\\s*=\\s*\\[([^]]*)]").matcher(hcl);
    assertThat(m.find()).as("a list literal %s = [...]", name).isTrue();
    return m.group(1);
  }

  private static List<String> quotedIn(String text) {
    return QUOTED.matcher(text.replaceAll("#.*", "")).results().map(r -> r.group(1)).toList();
  }

  /** The k-th /20 of a /16. */
  static String subnet20(String cidr16, int k) {
    String[] octets = cidr16.substring(0, cidr16.indexOf('/')).split("\\.");
    return octets[0] + "." + octets[1] + "." + (k * 16) + ".0/20";
  }

  private static List<String> names(List<Path> dirs) {
    return dirs.stream().map(p -> p.getFileName().toString()).sorted().toList();
  }
}
