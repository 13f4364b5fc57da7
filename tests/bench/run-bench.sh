#!/usr/bin/env bash
# Prints validator and YAML figures for plans of increasing size (docs/performance.md explains
# them). The YAML stages are given against a bare libyaml event parse of the same file, timed
# in the same run, so that their ratios mean the same on a quiet and a busy machine.
# Usage: tests/bench/run-bench.sh [BUILD_DIR]
#   PLANAR_BENCH_CALLGRIND=1 also counts the validator's instructions with callgrind: unlike
#   seconds, the count is the same on a busy machine, so size ratios can be compared exactly.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
cmake --build "$build" --target bench >/dev/null
bench="$build/tests/bench/planar-bench"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), load $(cut -d' ' -f1-3 /proc/loadavg)"
for scale in 0.01 0.1 1; do
    echo "load $(cut -d' ' -f1-3 /proc/loadavg)"
    "$bench" --scale "$scale" --io
done
# Ten times the target plan (~190 MiB of YAML), once: the issue's "10x objects" figures.
echo "load $(cut -d' ' -f1-3 /proc/loadavg)"
"$bench" --scale 10 --runs 1 --io
if [[ ${PLANAR_BENCH_CALLGRIND:-0} == 1 ]] && command -v valgrind >/dev/null; then
    # Instruction counts: the same on a busy machine, so sizes and stages compare exactly.
    count() { # FUNCTION-GLOB COMMAND...: the instructions spent inside FUNCTION-GLOB
        local out
        out=$(mktemp)
        valgrind --tool=callgrind --toggle-collect="$1" --callgrind-out-file="$out" "${@:2}" \
            >/dev/null 2>&1
        callgrind_annotate "$out" | awk '/PROGRAM TOTALS/ {gsub(",", "", $1); print $1}'
        rm -f "$out"
    }
    plan=$(mktemp --suffix=.planar.yaml)
    for scale in 0.1 1; do
        hosts=$(awk -v s="$scale" 'BEGIN {print int(10000 * s)}')
        "$build/app/cli/planar-cli" generate --hosts "$hosts" --vms-per-host 5 \
            --workloads $((hosts / 2)) --links $((hosts * 2)) -o "$plan"
        libyaml=$(count '*libyamlEventParse*' "$bench" --libyaml "$plan" --runs 1)
        read=$(count 'Planar::PlanReader::readFile*' "$bench" --read "$plan")
        # One thread: a helper thread's share would not be counted under validatePlan.
        validate=$(count 'Planar::validatePlan*' "$bench" --scale "$scale" --runs 1 --threads 1)
        awk -v s="$scale" -v l="$libyaml" -v r="$read" -v v="$validate" 'BEGIN {
            printf "scale %s: instructions: libyaml parse %.1f M, read %.1f M = %.1fx libyaml, validate %.1f M\n",
                s, l / 1e6, r / 1e6, r / l, v / 1e6 }'
    done
    rm -f "$plan"
fi
# The editor, in its window offscreen, on the plans of its issues: 2,000 VMs with 20,000 links
# (issue 2), and 2,000 hosts with 10,000 VMs and 1,000 workloads (issue 10).
gui_bench="$build/tests/bench/planar-gui-bench"
if [[ -x $gui_bench ]]; then
    plan=$(mktemp --suffix=.planar.yaml)
    for size in "--hosts 400 --vms-per-host 5 --workloads 2000 --links 20000" \
        "--hosts 2000 --vms-per-host 5 --workloads 1000"; do
        # shellcheck disable=SC2086 # the size is several options
        "$build/app/cli/planar-cli" generate $size -o "$plan"
        echo "planar-cli generate $size; load $(cut -d' ' -f1-3 /proc/loadavg)"
        QT_QPA_PLATFORM=offscreen "$gui_bench" "$plan" 2>/dev/null
    done
    rm -f "$plan"
fi
