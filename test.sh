#!/usr/bin/env bash
# Sets up, builds and runs every test. Usage: ./test.sh [ctest arguments]
set -euo pipefail
cd "$(dirname "$0")"
installer/build.sh
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "${PLANAR_BUILD_DIR:-build}" --output-on-failure -j "${PLANAR_JOBS:-2}" "$@"
