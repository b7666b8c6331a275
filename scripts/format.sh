#!/usr/bin/env bash
# Formats every Java source with the build's one formatter (google-java-format through Spotless). The
# build itself only checks (spotless:check at validate) and fails on a file this would change.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
exec scripts/mvnw-jdk21.sh -q spotless:apply "$@"
