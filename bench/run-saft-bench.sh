#!/usr/bin/env bash
# Builds the bench module and runs SaftLandingBenchmark in a forked `java -Xmx2g` (bench/README.md).
#
#   bench/run-saft-bench.sh             # 2 000 000 SAF-T lines (about 1 GB)
#   bench/run-saft-bench.sh 200000      # fewer lines
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

lines="${1:-${BENCH_LINES:-2000000}}"
# shellcheck disable=SC2086
exec ./mvnw ${MVN_ARGS:-} -q -Pbench -pl bench -am package exec:exec -DskipTests \
  "-Dbench.main=no.hdo.dw.bench.SaftLandingBenchmark" \
  "-Dbench.lines=${lines}" \
  "-Dbench.xmx=${BENCH_XMX:-2g}" \
  "-Dbench.dir=${BENCH_DIR:-$root/bench/target/bench}"
