#!/usr/bin/env bash
# Builds the bench module (and what it needs) and runs BliksundLandingBenchmark in a forked
# `java -Xmx2g`, through exec:exec (bench/README.md).
#
#   bench/run-landing-bench.sh                     # 10 000 000 lines
#   bench/run-landing-bench.sh 1000000             # fewer lines
#   BENCH_XMX=4g BENCH_JVM_ARGS="-XX:StartFlightRecording=filename=/tmp/landing.jfr,settings=profile" bench/run-landing-bench.sh
#   BENCH_METHODS=read_json,read_json_auto bench/run-landing-bench.sh
#
# Other settings: BENCH_DIR (default bench/target/bench; the generated file is reused when it has
# the asked number of lines), MVN_ARGS (e.g. -o to build offline).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

lines="${1:-${BENCH_LINES:-10000000}}"
args=(-q -Pbench -pl bench -am package exec:exec -DskipTests
      "-Dbench.lines=${lines}"
      "-Dbench.xmx=${BENCH_XMX:-2g}"
      "-Dbench.dir=${BENCH_DIR:-$root/bench/target/bench}"
      "-Dbench.methods=${BENCH_METHODS:-nightly,read_json,read_json_auto}")
if [[ -n "${BENCH_JVM_ARGS:-}" ]]; then
  args+=("-Dbench.jvmArgs=${BENCH_JVM_ARGS}")
fi
# shellcheck disable=SC2086
exec ./mvnw ${MVN_ARGS:-} "${args[@]}"
