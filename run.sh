#!/usr/bin/env bash
# Sets up, builds and runs Planar.
set -euo pipefail
cd "$(dirname "$0")"
installer/setup-debian.sh
build=${PLANAR_BUILD_DIR:-build}
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" >/dev/null
cmake --build "$build" -j "${PLANAR_JOBS:-2}"
example=resources/examples/seed-three-planes.planar.yaml
out=${PLANAR_OUT_DIR:-out}
mkdir -p "$out"
"$build/app/cli/planar-cli" validate "$example"
"$build/app/cli/planar-cli" export "$example" --to yaml -o "$out/"
echo "Planar: the checked plan was written to $out/"
