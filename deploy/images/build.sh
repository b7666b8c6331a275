#!/usr/bin/env bash
# Builds and pushes the platform's container images with Jib: one multi-architecture image per
# service (linux/arm64 for the Graviton nodes, linux/amd64 for x86 CI runners and laptops), with no
# Docker daemon, reproducible layers (dependencies, then resources, then classes) and a non-root
# user. The services' poms stay untouched: Jib runs from the command line with the settings below.
#
#   deploy/images/build.sh <registry> <tag>
#   deploy/images/build.sh 111122223333.dkr.ecr.eu-west-1.amazonaws.com/wallet-platform 0.1.0-8f8c4db
#
# Pushing needs registry credentials (for ECR: a Docker credential helper, or
# `aws ecr get-login-password | docker login --password-stdin` on the CI runner). The images are
# replicated to eu-central-1 by ECR (terraform/modules/ecr); overlays then name the tag.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

registry="${1:?usage: $0 <registry> <tag>}"
tag="${2:?usage: $0 <registry> <tag>}"

# Distroless Java 21: no shell or package manager to exploit, published for arm64 and amd64, runs
# as uid 65532 (the pods' runAsUser). Pin it by digest in CI (JIB_BASE_IMAGE=...@sha256:...).
base="${JIB_BASE_IMAGE:-gcr.io/distroless/java21-debian12:nonroot}"
jib="com.google.cloud.tools:jib-maven-plugin:3.5.2"

# Container-aware defaults; the pods override them through JAVA_TOOL_OPTIONS (k8s/base/*).
# G1 explicitly: below 2 CPUs / 1792 MB the JVM would choose Serial GC by itself.
java_tool_options="-XX:+UseG1GC -XX:MaxRAMPercentage=70 -XX:InitialRAMPercentage=70 -XX:+ExitOnOutOfMemoryError"

# module : main class : container arguments
images=(
  "ingest-gateway:dev.walletplatform.gateway.GatewayApplication:server,/etc/wallet/config.yml"
  "stream-processors:dev.walletplatform.processors.app.StreamProcessorsApplication:server,/etc/wallet/config.yml"
  "wallet-service:dev.walletplatform.walletservice.WalletServiceApplication:server,/etc/wallet/config.yml"
  # the operator CLI, run as a one-off pod by the runbooks' operators
  "walletctl:dev.walletplatform.walletctl.cli.Main:--help"
)

modules=$(printf '%s\n' "${images[@]}" | cut -d: -f1 | paste -sd, -)
scripts/mvnw-jdk21.sh -q -pl "$modules" -am install -DskipTests

revision="$(git rev-parse HEAD)"
for entry in "${images[@]}"; do
  IFS=: read -r module main args <<<"$entry"
  echo "building $registry/$module:$tag (linux/arm64, linux/amd64)"
  scripts/mvnw-jdk21.sh -q -pl "$module" "$jib:build" \
    -Djib.from.image="$base" \
    -Djib.from.platforms=linux/arm64,linux/amd64 \
    -Djib.to.image="$registry/$module:$tag" \
    -Djib.container.mainClass="$main" \
    -Djib.container.args="$args" \
    -Djib.container.user=65532:65532 \
    -Djib.container.workingDirectory=/app \
    -Djib.container.environment="JAVA_TOOL_OPTIONS=$java_tool_options" \
    -Djib.container.labels="org.opencontainers.image.revision=$revision,org.opencontainers.image.version=$tag,org.opencontainers.image.title=$module"
done
