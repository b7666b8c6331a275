#!/usr/bin/env bash
# Draws the overview dashboard's main panels over a burst, from a real Prometheus's answers to the
# dashboard's own queries (Grafana cannot be installed here): starts the local platform and a
# Prometheus beside it, sends the burst, writes docs/observability/overview-burst.png.
#   scripts/dashboard-snapshot.sh [PNG] [REQUESTS]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/ensure-prometheus.sh >/dev/null
JAVA_HOME="$(scripts/find-jdk.sh)"
export JAVA_HOME
scripts/mvnw-jdk21.sh -q install -DskipTests
classpath_file="local-runtime/target/runtime-classpath.txt"
scripts/mvnw-jdk21.sh -q -pl local-runtime dependency:build-classpath -Dmdep.outputFile="$PWD/$classpath_file" -DincludeScope=runtime
runtime_jar="$(ls local-runtime/target/local-runtime-*.jar | grep -v -e '-sources' -e '-tests' | head -1)"
exec "$JAVA_HOME/bin/java" -Xmx2g -XX:+UseZGC -Djava.awt.headless=true \
  -cp "$runtime_jar:$(cat "$classpath_file")" dev.walletplatform.local.observe.DashboardSnapshot "$@"
