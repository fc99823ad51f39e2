#!/usr/bin/env bash
# Builds the bench module and runs WholeNightBenchmark in a forked `java -Xmx1g`, the launcher's default (bench/README.md):
# the first night, a night with one more day, a night with nothing new, and DuckDB by itself.
#
#   bench/run-night-bench.sh        # HDO's volume (scale 1)
#   bench/run-night-bench.sh 10     # ten times HDO's volume
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

scale="${1:-${BENCH_SCALE:-1}}"
# shellcheck disable=SC2086
exec ./mvnw ${MVN_ARGS:-} -q -Pbench -pl bench -am package exec:exec -DskipTests \
  "-Dbench.main=no.hdo.dw.bench.WholeNightBenchmark" \
  "-Dbench.jvmArgs=-Dbench.scale=${scale} ${BENCH_JVM_ARGS:-}" \
  "-Dbench.xmx=${BENCH_XMX:-1g}" \
  "-Dbench.dir=${BENCH_DIR:-$root/bench/target/bench-night}"
