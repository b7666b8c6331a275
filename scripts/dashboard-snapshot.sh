#!/usr/bin/env bash
# Draws the overview dashboard's main panels over a burst, from a real Prometheus's answers to the
# dashboard's own queries (Grafana cannot be installed here): starts the local platform and a
# Prometheus beside it, sends the burst, writes docs/observability/overview-burst.png.
#   scripts/dashboard-snapshot.sh [PNG] [REQUESTS]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/ensure-prometheus.sh >/dev/null
exec scripts/local-runtime-java.sh dev.walletplatform.local.observe.DashboardSnapshot "$@"
