#!/usr/bin/env bash
# The test command: unit tests (*Test) and integration tests (*IT, real Kafka + PostgreSQL) of every
# module, plus the build checks (enforcer, schema compatibility). Needs a JDK >= 21; installs the
# Debian packages the suite runs when they are missing (as root). Whether Maven passed or failed,
# it ends by naming every skipped test with its reason ("SKIPPED CHECKS: ..."), then the totals;
# the exit code is Maven's.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# Commands the suite runs that Debian packages bring, and the package for each:
#   mvn      maven        the build itself
#   kill     procps       FaultInjectionIT pauses processes with kill -STOP / -CONT
#   pgbench  postgresql   BurstBenchSmokeIT's raw database figure (Debian ships it with the server)
# prometheus and promtool (Debian's prometheus package: deploy-checks' promtool checks of the alerts
# and dashboards, embedded-infra's PrometheusServer) come from scripts/ensure-prometheus.sh, which
# also makes sure the package's own service is not left running.
# kubectl and terraform (deploy-checks) are not Debian packages: they come with the machine image,
# so where they are missing their checks are skipped and named in the summary at the end.
install_missing_debian_tools() {
  local missing=()
  type -P mvn >/dev/null || missing+=(maven)
  type -P kill >/dev/null || missing+=(procps)
  compgen -G '/usr/lib/postgresql/*/bin/pgbench' >/dev/null || missing+=(postgresql)
  ((${#missing[@]})) || return 0
  if [[ "$(id -u)" != 0 ]] || ! type -P apt-get >/dev/null; then
    echo "test.sh: missing Debian packages ${missing[*]}: install them (apt-get install ${missing[*]}) and re-run" >&2
    return 0
  fi
  echo "test.sh: installing missing Debian packages: ${missing[*]}" >&2
  if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >&2; then
    echo "test.sh: apt-get could not install ${missing[*]}; the tests that need them will fail or skip" >&2
  fi
}

install_missing_debian_tools
# without them the promtool and Prometheus tests fail (they never skip), saying to run this script
scripts/ensure-prometheus.sh >&2 \
  || echo "test.sh: scripts/ensure-prometheus.sh failed; the promtool and Prometheus tests will fail" >&2
started_at="$(date +%s)"
scripts/mvnw-jdk21.sh verify "$@"
maven_exit=$?

if java_home="$(scripts/find-jdk.sh 2>/dev/null)"; then
  "$java_home/bin/java" scripts/TestReportSummary.java "$PWD" "$started_at" \
    || echo "test.sh: could not summarise the test reports (see above); Maven exited $maven_exit" >&2
else
  echo "test.sh: no JDK >= 21, so no tests ran and there is nothing to summarise" >&2
fi
exit "$maven_exit"
