#!/usr/bin/env bash
# Sets up, builds and runs Planar: the editor with the seed example, or a given plan.
# Usage: ./run.sh [PLAN]
set -euo pipefail
cd "$(dirname "$0")"
installer/build.sh
build=${PLANAR_BUILD_DIR:-build}
plan=${1:-resources/examples/seed-three-planes.planar.yaml}
if [[ -x $build/app/gui/planar ]]; then
    if [[ -n ${DISPLAY:-}${WAYLAND_DISPLAY:-} ]]; then
        exec "$build/app/gui/planar" "$plan"
    fi
    # No display to show a window on: render the editor to a picture instead.
    out=${PLANAR_OUT_DIR:-out}
    mkdir -p "$out"
    QT_QPA_PLATFORM=offscreen "$build/app/gui/planar" --screenshot "$out/planar.png" "$plan"
    echo "Planar: no display here, so the editor was rendered to $out/planar.png." \
         "Run ./run.sh on a desktop (or under xvfb-run) to edit."
    exit 0
fi
# Built without the editor (PLANAR_BUILD_GUI=OFF): the headless job.
"$build/app/cli/planar-cli" validate "$plan"
