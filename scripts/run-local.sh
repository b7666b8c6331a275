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
scripts/mvnw-jdk21.sh -q -pl local-runtime dependency:build-classpath -Dmdep.outputFile="$PWD/$classpath_file" -DincludeScope=runtime
# the module's jar rather than target/classes: the services (children of this JVM, same classpath)
# can then keep a class-data archive for faster restarts, which the JVM builds from jars only
runtime_jar="$(ls local-runtime/target/local-runtime-*.jar | grep -v -e '-sources' -e '-tests' | head -1)"
classpath="$runtime_jar:$(cat "$classpath_file")"
exec "$JAVA_HOME/bin/java" -Xmx2g -XX:+UseZGC \
  -cp "$classpath" dev.walletplatform.local.LocalPlatform "$@"
