#!/usr/bin/env bash
# `planar FILE` where FILE is not a plan, as a person meets it: a real X server with a window
# manager, the real binary, input through xdotool. It must open nothing, say why (a message
# over the window, and on stderr), and leave a window that still answers the keyboard.
# Usage: open_bad_plan.sh PLANAR   (exit 77 = skipped: no Xvfb/xdotool/window manager)
set -euo pipefail
planar=$1
source "$(dirname "$0")/xsession.sh"
need_tools Xvfb xdotool matchbox-window-manager
start_x_session

# A YAML file that is not a plan: a shopping list, as a user might double-click by mistake.
printf -- '- milk\n- eggs\n' >"$work/groceries.planar.yaml"

start_planar "$planar" "$work/groceries.planar.yaml"

# 1. It says why: a message box over the window.
dialog=$(wait_window '^Could not open plan$') || fail "no 'Could not open plan' message appeared"
main=$(wait_window ' — Planar$') || fail "the main window is not shown behind the message"

# 2. Dismissing it leaves a window with an empty plan, not the file.
activate "$dialog"
xdotool key Return
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
activate "$main"
xdotool key ctrl+o
open=$(wait_window '^Open plan$') || fail "Ctrl+O did not open the Open dialog"
activate "$open"
xdotool key Escape
sleep 0.5
activate "$main"
xdotool key ctrl+q
for _ in $(seq 100); do kill -0 "$planar_pid" 2>/dev/null || break; sleep 0.1; done
kill -0 "$planar_pid" 2>/dev/null && fail "Ctrl+Q did not quit (a modal dialog left open?)"
wait "$planar_pid" || fail "planar exited with status $?"
echo "PASS: '$title' after refusing groceries.planar.yaml: $(head -n1 "$work/stderr")"
