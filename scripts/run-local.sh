#!/usr/bin/env bash
# Starts the whole platform on embedded defaults (a KRaft Kafka broker and PostgreSQL as child
# processes, the local schema registry, gateway, applier and wallet service), drives a burst of
# wallet requests through the gateway over HTTPS, prints what happened and keeps running for curl.
# Options are passed to LocalPlatform: --help lists them (e.g. --requests 5000 --exit-after-demo).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
JAVA_HOME="$(scripts/find-jdk.sh)"
export JAVA_HOME
scripts/mvnw-jdk21.sh -q install -DskipTests
classpath_file="local-runtime/target/runtime-classpath.txt"
scripts/mvnw-jdk21.sh -q -pl local-runtime dependency:build-classpath -Dmdep.outputFile="$PWD/$classpath_file" -Dmdep.includeScope=runtime
classpath="local-runtime/target/classes:$(cat "$classpath_file")"
exec "$JAVA_HOME/bin/java" -Xmx2g -XX:+UseZGC \
  -cp "$classpath" dev.walletplatform.local.LocalPlatform "$@"
