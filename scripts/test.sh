#!/usr/bin/env bash
# The test command: unit tests (*Test) and integration tests (*IT, real Kafka + PostgreSQL) of every
# module, plus the build checks (enforcer, schema compatibility). Needs only a JDK >= 21 and Maven.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
exec scripts/mvnw-jdk21.sh verify "$@"
