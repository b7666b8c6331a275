#!/usr/bin/env bash
# Fuzzes the parsers that face untrusted bytes, one target after another, each for --duration
# (default 10m). The default suite (scripts/test.sh) only replays each target's committed seeds;
# this command searches for new inputs. A finding fails the run and Jazzer writes the reproducer
# next to the seeds (src/test/resources/.../<Test>Inputs/<method>/crash-*): fix the cause, keep it.
#   scripts/fuzz.sh                                   # every target, 10 minutes each
#   scripts/fuzz.sh --duration 30s schemas:AvroDecodingFuzzTest#decodesACommandOrRefusesItAsPoison
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

ALL_TARGETS=(
  "schemas:AvroDecodingFuzzTest#decodesACommandOrRefusesItAsPoison"
  "schemas:AvroDecodingFuzzTest#decodesAnEventOrRefusesItAsPoison"
  "ingest-gateway:CommandRequestFuzzTest#readsATransferBodyOrRefusesIt"
  "ingest-gateway:CommandRequestFuzzTest#readsAWithdrawalBodyOrRefusesIt"
  "ingest-gateway:CommandRequestFuzzTest#readsAGiveawayClaimOrRefusesIt"
  "ingest-gateway:CommandRequestFuzzTest#parsesAnAmountOrRefusesIt"
  "ingest-gateway:CommandRequestFuzzTest#checksTheCommandHeadersOrRefusesThem"
  "stream-processors:MessageDecoderFuzzTest#decodesAScreenedCommandOrDeadLettersIt"
  "stream-processors:MessageDecoderFuzzTest#decodesAnEventOrDeadLettersIt"
)
duration=10m
targets=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --duration) duration="$2"; shift 2 ;;
    -h|--help) sed -n '2,8p' "$0"; printf 'targets:\n'; printf '  %s\n' "${ALL_TARGETS[@]}"; exit 0 ;;
    *) targets+=("$1"); shift ;;
  esac
done
[[ ${#targets[@]} -eq 0 ]] && targets=("${ALL_TARGETS[@]}")

scripts/mvnw-jdk21.sh -q install -DskipTests
summary=()
for target in "${targets[@]}"; do
  module="${target%%:*}"
  test="${target#*:}"
  log="$module/target/fuzz-${test//[#]/-}.log"
  echo "fuzzing $test in $module for $duration (log: $log)"
  # instrument our code and Avro/Jackson, the libraries that parse the untrusted bytes
  if JAZZER_FUZZ=1 JAZZER_INSTRUMENT='dev.walletplatform.**,org.apache.avro.**,com.fasterxml.jackson.**' \
      scripts/mvnw-jdk21.sh -q -pl "$module" test -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false \
      -Djazzer.max_duration="$duration" >"$log" 2>&1; then
    verdict="no finding"
  else
    verdict="FINDING (see $log)"
  fi
  runs="$(grep -Eo 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1 || true)"
  summary+=("$test: ${runs:-no run count} — $verdict")
done
printf '\n%s\n' "${summary[@]}"
! printf '%s\n' "${summary[@]}" | grep -q FINDING
