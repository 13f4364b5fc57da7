# Sourced by the e2e scripts: a real X server with a window manager and the real editor in a
# home of its own (no recent files, no autosave to recover, English).
#   need_tools TOOL...      exit 77 (ctest: skipped) when one is not installed
#   start_x_session         Xvfb on a free display, matchbox as the window manager
#   start_planar PLANAR FILE   the editor on FILE; sets planar_pid, stderr in $work/stderr
#   wait_window NAME-REGEX  prints the id of the first visible window whose name matches
#   activate WINDOW         gives WINDOW the focus, once the window manager can
#   open_shop_copy PLANAR SEED   the editor on a copy of SEED, $work/shop.planar.yaml, shown,
#                           validated and painted; sets main to its window
#   fail MESSAGE            fails the test, showing planar's stderr
# Everything started is killed and $work removed on exit.

need_tools() {
    local tool
    for tool in "$@"; do
        command -v "$tool" >/dev/null || { echo "skip: $tool is not installed"; exit 77; }
    done
}

work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; echo "--- planar's stderr:"; cat "$work/stderr" 2>/dev/null || true; exit 1; }

start_x_session() {
    # A free display: Xvfb picks the number and writes it to fd 3.
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" 2>/dev/null &
    pids+=($!)
    for _ in $(seq 100); do [[ -s $work/display ]] && break; sleep 0.1; done
    export DISPLAY=:$(cat "$work/display")
    matchbox-window-manager -use_titlebar no 2>/dev/null &
    pids+=($!)
}

start_planar() {
    mkdir -p "$work/home" "$work/runtime" && chmod 700 "$work/runtime"
    HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share \
        XDG_RUNTIME_DIR=$work/runtime QT_QPA_PLATFORM=xcb "$1" --lang en "$2" 2>"$work/stderr" &
    planar_pid=$!
    pids+=($planar_pid)
}

wait_window() {
    local id
    for _ in $(seq 150); do
        id=$(xdotool search --onlyvisible --name "$1" 2>/dev/null | head -n1 || true)
        [[ -n $id ]] && { echo "$id"; return 0; }
        kill -0 "$planar_pid" 2>/dev/null || return 1
        sleep 0.1
    done
    return 1
}

activate() {
    # A window manager still starting claims no _NET_ACTIVE_WINDOW support, and xdotool then
    # gives up at once: on a busy machine that happened before the first key (CI flake).
    for _ in $(seq 50); do
        xdotool windowactivate --sync "$1" 2>/dev/null && return 0
        sleep 0.1
    done
    xdotool windowactivate --sync "$1"
}

open_shop_copy() {
    cp "$2" "$work/shop.planar.yaml"
    start_planar "$1" "$work/shop.planar.yaml"
    main=$(wait_window '^shop.planar.yaml — Planar$') ||
        fail "no window titled 'shop.planar.yaml — Planar'"
    sleep 1 # validation and the first paint
}
