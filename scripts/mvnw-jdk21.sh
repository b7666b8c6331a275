#!/usr/bin/env bash
# Runs Maven with a JDK >= 21 found by find-jdk.sh, whatever the default `java` is.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
JAVA_HOME="$("$here/find-jdk.sh")"
export JAVA_HOME
export MAVEN_OPTS="${MAVEN_OPTS:-} --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow"
exec mvn -B "$@"
