#!/usr/bin/env bash
# The long fault-injection run (issue: exactly once under faults): three brokers, PostgreSQL, two
# gateways, two appliers and the wallet service as separate processes; clients, deposits and readers
# record a history while the nemesis kills -9, pauses and restarts them cycle after cycle; the
# checker then reports per fault kind. Exits 1 on any violation.
#   scripts/fault-run.sh --cycles 12 --report docs/fault-injection/long-run.md
# The short version (every fault once) is FaultInjectionIT in the default suite (scripts/test.sh).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
JAVA_HOME="$(scripts/find-jdk.sh)"
export JAVA_HOME
scripts/mvnw-jdk21.sh -q install -DskipTests -pl fault-injection -am
classpath_file="fault-injection/target/runtime-classpath.txt"
scripts/mvnw-jdk21.sh -q -pl fault-injection dependency:build-classpath -Dmdep.outputFile="$PWD/$classpath_file" -DincludeScope=runtime
classpath="fault-injection/target/classes:$(cat "$classpath_file")"
exec "$JAVA_HOME/bin/java" -Xmx1g -XX:+UseZGC \
  -cp "$classpath" dev.walletplatform.faults.FaultRunMain --work-dir fault-injection/target/fault-run "$@"
