#!/usr/bin/env bash
# The burst benchmark (issue 8): the platform (broker, PostgreSQL, applier, gateway, wallet service
# as processes) takes a 5x spike over HTTPS from an open-model load generator, then the same spike
# goes to naive fan-out (a new database connection per request); Kafka's ProducerPerformance,
# pgbench and an empty endpoint on the same HTTP stack are measured in the same run. Writes the
# report, its chart and its per-second CSV (default docs/benchmarks/burst.{md,png}, -timeline.csv).
#   scripts/bench-burst.sh                      # the committed report, ~13 min on 2 cores
#   scripts/bench-burst.sh --smoke              # seconds; what BurstBenchSmokeIT runs
#   scripts/bench-burst.sh --jfr DIR [...]      # also a JFR recording of every JVM into DIR
# Extra Maven flags (e.g. -o -Dmaven.repo.local=...) go in BENCH_MAVEN_ARGS.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
JAVA_HOME="$(scripts/find-jdk.sh)"
export JAVA_HOME
jfr=""
if [[ "${1:-}" == "--jfr" ]]; then
  jfr="$(mkdir -p "$2" && cd "$2" && pwd)"
  shift 2
fi
classpath_file="$PWD/burst-bench/target/runtime-classpath.txt"
# package (no install): the reactor resolves the sibling modules to their jars; the last module
# written, burst-bench, leaves its own runtime classpath in the file
# shellcheck disable=SC2086
scripts/mvnw-jdk21.sh -q ${BENCH_MAVEN_ARGS:-} package -DskipTests -pl burst-bench -am \
  dependency:build-classpath -Dmdep.outputFile="$classpath_file" -DincludeScope=runtime
# the module's jar rather than target/classes: the services (children of this JVM, same classpath)
# can then keep a class-data archive, which the JVM builds from jars only
bench_jar="$(ls burst-bench/target/burst-bench-*.jar | grep -v -e '-sources' -e '-tests' | head -1)"
classpath="$bench_jar:$(cat "$classpath_file")"
if [[ -n "$jfr" ]]; then
  # every JVM of the run inherits it (the services are children of this one); a directory as the
  # filename makes each write its own <pid>-named recording
  export JAVA_TOOL_OPTIONS="-XX:StartFlightRecording=filename=$jfr/,settings=profile,dumponexit=true"
fi
exec "$JAVA_HOME/bin/java" -Xmx1g -XX:+UseZGC -cp "$classpath" dev.walletplatform.bench.BurstBenchMain "$@"
