#!/usr/bin/env bash
# Builds the bench module (and what it needs) and runs AmlEngineBenchmark in a forked java
# (bench/README.md, "AmlEngineBenchmark").
#
#   bench/run-aml-bench.sh            # 2 000 persons, about a million shifts
#   bench/run-aml-bench.sh 200        # fewer persons
#
# Other settings: BENCH_XMX (default 2g), BENCH_DIR (default bench/target/bench; the generated
# rosters are rewritten each run), MVN_ARGS (e.g. -o to build offline).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

persons="${1:-${BENCH_PERSONS:-2000}}"
# shellcheck disable=SC2086
exec ./mvnw ${MVN_ARGS:-} -q -Pbench -pl bench -am package exec:exec -DskipTests \
    "-Dbench.main=no.hdo.dw.bench.AmlEngineBenchmark" \
    "-Dbench.xmx=${BENCH_XMX:-2g}" \
    "-Dbench.dir=${BENCH_DIR:-$root/bench/target/bench}" \
    "-Dbench.jvmArgs=-Dbench.persons=${persons}"
