#!/usr/bin/env bash
# Sets up, builds and runs every test. Usage: ./test.sh [ctest arguments]
# Three builds, each in its own folder (ccache makes the second and third cheap):
#   build/       the normal build: every unit, GUI tests included
#   build-asan/  the same suite under AddressSanitizer + UndefinedBehaviorSanitizer
#   build-fuzz/  the libFuzzer harness (clang), fuzzing for PLANAR_FUZZ_SECONDS (default 120)
# All three run by default (CI runs this script). For a quick local check,
# PLANAR_SANITIZERS=0 ./test.sh runs only the first, PLANAR_FUZZ=0 skips the third.
set -euo pipefail
cd "$(dirname "$0")"
export QT_QPA_PLATFORM=offscreen
jobs=${PLANAR_JOBS:-2}

installer/build.sh
ctest --test-dir "${PLANAR_BUILD_DIR:-build}" --output-on-failure -j "$jobs" "$@"

if [[ ${PLANAR_SANITIZERS:-1} == 0 ]]; then
    exit 0
fi

sanitizer_env() {
    # Leaks in Qt's and the system's own libraries are theirs (suppressed by name); ours fail.
    # No strict_string_checks: libxkbcommon-x11 strndup()s counted, unterminated buffers (legal
    # C), which that option reports as overflows whenever a test opens a real X display.
    export ASAN_OPTIONS=detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1
    export LSAN_OPTIONS=suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:suppressions=$PWD/tests/sanitizers/ubsan.supp
}

echo "== sanitizer build (AddressSanitizer, UndefinedBehaviorSanitizer) =="
PLANAR_BUILD_DIR=build-asan installer/build.sh -DPLANAR_SANITIZE=ON
(sanitizer_env && ctest --test-dir build-asan --output-on-failure -j "$jobs" "$@")

if [[ ${PLANAR_FUZZ:-1} == 0 ]]; then
    exit 0
fi

echo "== fuzzing (libFuzzer, ${PLANAR_FUZZ_SECONDS:-120} s) =="
PLANAR_BUILD_DIR=build-fuzz installer/build.sh -DPLANAR_FUZZ=ON \
    -DCMAKE_CXX_COMPILER=clang++ -DPLANAR_FUZZ_SECONDS="${PLANAR_FUZZ_SECONDS:-120}" \
    --target planar_fuzz
(sanitizer_env && ctest --test-dir build-fuzz --output-on-failure)
