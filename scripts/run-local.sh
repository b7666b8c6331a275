#!/usr/bin/env bash
# Starts the whole platform on embedded defaults (a KRaft Kafka broker and PostgreSQL as child
# processes, the local schema registry, gateway, applier and wallet service), drives a burst of
# wallet requests through the gateway over HTTPS, prints what happened and keeps running for curl.
# Options are passed to LocalPlatform: --help lists them (e.g. --requests 5000 --exit-after-demo,
# --prometheus for a real Prometheus beside it).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [[ " $* " == *" --prometheus "* ]]; then
  scripts/ensure-prometheus.sh >/dev/null
fi
exec scripts/local-runtime-java.sh dev.walletplatform.local.LocalPlatform "$@"
