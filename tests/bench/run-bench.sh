#!/usr/bin/env bash
# Prints validator figures for plans of increasing size (docs/performance.md explains them).
# Usage: tests/bench/run-bench.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
cmake --build "$build" --target bench >/dev/null
bench="$build/tests/bench/planar-bench"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
for scale in 0.01 0.1 1; do "$bench" --scale "$scale" --io; done
# Ten times the target plan, validation only: its YAML would be ~190 MiB.
"$bench" --scale 10 --runs 1
