#!/usr/bin/env bash
# Makes sure `prometheus` and `promtool` are installed, then prints their versions. deploy-checks runs
# `promtool check rules` / `promtool test rules` on the alerts and dashboards, and embedded-infra's
# PrometheusServer starts `prometheus` for tests and local runs; both come from Debian's `prometheus`
# package (2.42 on bookworm), installed here as root with apt-get when either command is missing.
#
# The package ships a system service (an init script, and a systemd unit) that would listen on :9090
# with /etc/prometheus/prometheus.yml. Nothing here wants it: the install runs with service starts
# refused (policy-rc.d), and a service prometheus found running afterwards is stopped. Idempotent:
# with both commands present it only prints the versions. Exit 1 when they cannot be had.
set -euo pipefail

have_both() { type -P prometheus >/dev/null && type -P promtool >/dev/null; }

# Stops the package's service if something started it (the init script, systemd): it runs as the
# user `prometheus` and reads /etc/prometheus/prometheus.yml. Prometheus processes that root (the
# tests, PrometheusServer) started are not touched.
stop_system_service() {
  local pids=() pid
  if [[ -d /run/systemd/system ]] && type -P systemctl >/dev/null; then
    if systemctl is-active --quiet prometheus 2>/dev/null; then
      echo "ensure-prometheus: stopping and disabling the prometheus system service (systemd)" >&2
      systemctl stop prometheus || true
      systemctl disable prometheus >/dev/null 2>&1 || true
    fi
  fi
  if [[ -r /run/prometheus/prometheus.pid ]]; then
    pid="$(cat /run/prometheus/prometheus.pid 2>/dev/null || true)"
    [[ "$pid" =~ ^[0-9]+$ ]] && pids+=("$pid")
  fi
  if type -P pgrep >/dev/null; then
    while read -r pid; do
      [[ -n "$pid" ]] && pids+=("$pid")
    done < <(pgrep -u prometheus -x prometheus 2>/dev/null || true)
  fi
  for pid in "${pids[@]}"; do
    if [[ -d "/proc/$pid" && "$(readlink "/proc/$pid/exe" 2>/dev/null)" == */prometheus ]]; then
      echo "ensure-prometheus: stopping the package's prometheus service (pid $pid)" >&2
      kill -TERM "$pid" 2>/dev/null || true
      for _ in $(seq 1 50); do
        [[ -d "/proc/$pid" ]] || break
        sleep 0.1
      done
      [[ -d "/proc/$pid" ]] && kill -KILL "$pid" 2>/dev/null || true
    fi
  done
  if [[ -x /etc/init.d/prometheus ]] && type -P update-rc.d >/dev/null; then
    # keeps a reboot (of a machine with an init system) from starting it again
    update-rc.d prometheus disable >/dev/null 2>&1 || true
  fi
}

install_package() {
  if [[ "$(id -u)" != 0 ]] || ! type -P apt-get >/dev/null; then
    echo "ensure-prometheus: prometheus/promtool missing and this is not root with apt-get:" \
      "install Debian's prometheus package (apt-get install prometheus) and re-run" >&2
    exit 1
  fi
  # refuse service starts during the install (Debian's invoke-rc.d asks /usr/sbin/policy-rc.d);
  # a policy already in place is left as it is
  local made_policy=""
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\n# ensure-prometheus.sh: no service starts during its install\nexit 101\n' \
      >/usr/sbin/policy-rc.d
    chmod 755 /usr/sbin/policy-rc.d
    made_policy=/usr/sbin/policy-rc.d
  fi
  echo "ensure-prometheus: installing Debian's prometheus package (prometheus, promtool)" >&2
  local status=0
  {
    apt-get update -qq \
      && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus
  } >&2 || status=$?
  [[ -n "$made_policy" ]] && rm -f "$made_policy"
  if ((status != 0)); then
    echo "ensure-prometheus: apt-get could not install prometheus (exit $status)" >&2
    exit 1
  fi
}

if ! have_both; then
  install_package
fi
stop_system_service
if ! have_both; then
  echo "ensure-prometheus: prometheus or promtool is still not on PATH ($PATH)" >&2
  exit 1
fi
if type -P ss >/dev/null && ss -ltnp 2>/dev/null | grep -q ':9090 .*"prometheus"'; then
  echo "ensure-prometheus: note: a prometheus (not the package's service) listens on :9090" >&2
fi
prometheus --version 2>&1 | head -1
promtool --version 2>&1 | head -1
