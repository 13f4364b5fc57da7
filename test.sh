#!/usr/bin/env bash
# Sets up, builds and runs every test. Usage: ./test.sh [ctest arguments]
set -euo pipefail
cd "$(dirname "$0")"
installer/setup-debian.sh
build=${PLANAR_BUILD_DIR:-build}
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" >/dev/null
cmake --build "$build" -j "${PLANAR_JOBS:-2}"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build" --output-on-failure -j "${PLANAR_JOBS:-2}" "$@"
