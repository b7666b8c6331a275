#!/usr/bin/env bash
# Builds the repository and runs a main class of local-runtime on its runtime classpath, with the
# JVM options the local platform needs: scripts/local-runtime-java.sh <main class> [args...].
# run-local.sh and dashboard-snapshot.sh are this with their main class.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
main_class="$1"
shift
JAVA_HOME="$(scripts/find-jdk.sh)"
export JAVA_HOME
scripts/mvnw-jdk21.sh -q install -DskipTests
classpath_file="local-runtime/target/runtime-classpath.txt"
scripts/mvnw-jdk21.sh -q -pl local-runtime dependency:build-classpath -Dmdep.outputFile="$PWD/$classpath_file" -DincludeScope=runtime
# the module's jar rather than target/classes: the services (children of this JVM, same classpath)
# can then keep a class-data archive for faster restarts, which the JVM builds from jars only
runtime_jar="$(ls local-runtime/target/local-runtime-*.jar | grep -v -e '-sources' -e '-tests' | head -1)"
classpath="$runtime_jar:$(cat "$classpath_file")"
exec "$JAVA_HOME/bin/java" -Xmx2g -XX:+UseZGC -Djava.awt.headless=true \
  -cp "$classpath" "$main_class" "$@"
