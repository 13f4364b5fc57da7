#!/usr/bin/env bash
# Installs what the build needs and builds Planar into ${PLANAR_BUILD_DIR:-build}.
# Shared by run.sh and test.sh so that both build the same way.
# Usage: installer/build.sh [CMAKE_OPTION...] [--target TARGET...]
#   e.g. PLANAR_BUILD_DIR=build-asan installer/build.sh -DPLANAR_SANITIZE=ON
set -euo pipefail
cd "$(dirname "$0")/.."
installer/setup-debian.sh
build=${PLANAR_BUILD_DIR:-build}
options=()
targets=()
while (($#)); do
    case $1 in
    --target) targets+=(--target "$2"); shift 2 ;;
    *) options+=("$1"); shift ;;
    esac
done
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" \
    ${options[@]+"${options[@]}"} >/dev/null
cmake --build "$build" -j "${PLANAR_JOBS:-2}" ${targets[@]+"${targets[@]}"}
