#!/usr/bin/env bash
# Installs what the build needs and builds Planar into ${PLANAR_BUILD_DIR:-build}.
# Shared by run.sh and test.sh so that both build the same way.
set -euo pipefail
cd "$(dirname "$0")/.."
installer/setup-debian.sh
build=${PLANAR_BUILD_DIR:-build}
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" >/dev/null
cmake --build "$build" -j "${PLANAR_JOBS:-2}"
