#!/usr/bin/env bash
# Prints the home of a JDK >= 21: JAVA_HOME if it qualifies, else the newest one in the JVM
# directory next to the default `java` (Debian: /usr/lib/jvm). Sourced or run; exits 1 if none.
set -euo pipefail

jdk_major() { # $1 = JDK home; prints its feature version or nothing
  local release="$1/release"
  [[ -x "$1/bin/javac" && -f "$release" ]] || return 0
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release"
}

candidates=()
[[ -n "${JAVA_HOME:-}" ]] && candidates+=("$JAVA_HOME")
default_java="$(command -v java || true)"
if [[ -n "$default_java" ]]; then
  jvm_dir="$(dirname "$(dirname "$(dirname "$(readlink -f "$default_java")")")")"
  while IFS= read -r home; do candidates+=("$home"); done < <(ls -d "$jvm_dir"/*/ 2>/dev/null | sed 's#/$##' | sort -rV)
fi
for home in /usr/lib/jvm/*; do candidates+=("$home"); done

for home in "${candidates[@]}"; do
  major="$(jdk_major "$home")"
  if [[ -n "$major" && "$major" -ge 21 ]]; then
    echo "$home"
    exit 0
  fi
done
echo "no JDK >= 21 found (looked at JAVA_HOME and next to $(command -v java || echo 'no java'))" >&2
exit 1
