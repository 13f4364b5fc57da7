#!/usr/bin/env bash
# `planar FILE` where FILE is not a plan, as a person meets it: a real X server with a window
# manager, the real binary, input through xdotool. It must open nothing, say why (a message
# over the window, and on stderr), and leave a window that still answers the keyboard.
# Usage: open_bad_plan.sh PLANAR   (exit 77 = skipped: no Xvfb/xdotool/window manager)
set -euo pipefail
planar=$1
for tool in Xvfb xdotool matchbox-window-manager; do
    command -v "$tool" >/dev/null || { echo "skip: $tool is not installed"; exit 77; }
done

work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; echo "--- planar's stderr:"; cat "$work/stderr" 2>/dev/null || true; exit 1; }

# A free display: Xvfb picks the number and writes it to fd 3.
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" 2>/dev/null &
pids+=($!)
for _ in $(seq 100); do [[ -s $work/display ]] && break; sleep 0.1; done
export DISPLAY=:$(cat "$work/display")
matchbox-window-manager -use_titlebar no 2>/dev/null &
pids+=($!)

# A YAML file that is not a plan: a shopping list, as a user might double-click by mistake.
printf -- '- milk\n- eggs\n' >"$work/groceries.planar.yaml"

# A home of its own: no recent files, no autosave to recover, the editor in English.
mkdir -p "$work/home" "$work/runtime" && chmod 700 "$work/runtime"
HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share XDG_RUNTIME_DIR=$work/runtime \
    QT_QPA_PLATFORM=xcb "$planar" --lang en "$work/groceries.planar.yaml" 2>"$work/stderr" &
planar_pid=$!
pids+=($planar_pid)

wait_window() { # NAME-REGEX: prints the id of the first visible window whose name matches
    local id
    for _ in $(seq 150); do
        id=$(xdotool search --onlyvisible --name "$1" 2>/dev/null | head -n1 || true)
        [[ -n $id ]] && { echo "$id"; return 0; }
        kill -0 "$planar_pid" 2>/dev/null || return 1
        sleep 0.1
    done
    return 1
}

# 1. It says why: a message box over the window.
dialog=$(wait_window '^Could not open plan$') || fail "no 'Could not open plan' message appeared"
main=$(wait_window ' — Planar$') || fail "the main window is not shown behind the message"

# 2. Dismissing it leaves a window with an empty plan, not the file.
xdotool windowactivate --sync "$dialog" key Return
for _ in $(seq 50); do
    xdotool search --onlyvisible --name '^Could not open plan$' >/dev/null 2>&1 || break
    sleep 0.1
done
xdotool search --onlyvisible --name '^Could not open plan$' >/dev/null 2>&1 &&
    fail "the message did not close on Return"
# ...and on stderr, naming the file and the position, for whoever started it from a shell.
grep -q "groceries.planar.yaml" "$work/stderr" || fail "stderr does not name the file"
grep -Eq "groceries.planar.yaml:[0-9]+:[0-9]+" "$work/stderr" || fail "stderr gives no line:column"
title=$(xdotool getwindowname "$main")
[[ $title != *groceries* ]] || fail "the window title names the refused file: $title"

# 3. The window still answers: Ctrl+O opens the Open dialog, Escape closes it, Ctrl+Q quits.
xdotool windowactivate --sync "$main" key ctrl+o
open=$(wait_window '^Open plan$') || fail "Ctrl+O did not open the Open dialog"
xdotool windowactivate --sync "$open" key Escape
sleep 0.5
xdotool windowactivate --sync "$main" key ctrl+q
for _ in $(seq 100); do kill -0 "$planar_pid" 2>/dev/null || break; sleep 0.1; done
kill -0 "$planar_pid" 2>/dev/null && fail "Ctrl+Q did not quit (a modal dialog left open?)"
wait "$planar_pid" || fail "planar exited with status $?"
echo "PASS: '$title' after refusing groceries.planar.yaml: $(head -n1 "$work/stderr")"
