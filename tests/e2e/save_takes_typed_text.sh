#!/usr/bin/env bash
# As a person saves: type a new id into the properties panel and press Ctrl+S without leaving
# the field. The file must hold the typed id and the title must say saved; before the fix the
# shortcut left the text in the field, uncommitted, and wrote the old id under a clean title.
# Usage: save_takes_typed_text.sh PLANAR SEED_PLAN   (exit 77 = skipped: a tool is missing)
set -euo pipefail
planar=$1
seed=$2
source "$(dirname "$0")/xsession.sh"
need_tools Xvfb xdotool matchbox-window-manager
start_x_session

open_shop_copy "$planar" "$seed"

# Find node1, F2 into its Id field, type a free id over it, save with the shortcut at once.
activate "$main"
xdotool key ctrl+f
xdotool type --delay 30 node1
xdotool key Return F2
sleep 0.3
xdotool key ctrl+a
xdotool type --delay 30 node9
xdotool key ctrl+s
for _ in $(seq 50); do grep -q 'id: node9$' "$work/shop.planar.yaml" && break; sleep 0.1; done
grep -q 'id: node9$' "$work/shop.planar.yaml" || fail "the file does not hold the typed id node9"
grep -q 'id: node1$' "$work/shop.planar.yaml" && fail "the file still holds node1"
title=$(xdotool getwindowname "$main")
[[ $title == 'shop.planar.yaml — Planar' ]] || fail "the title is '$title', not saved"
xdotool key ctrl+q
for _ in $(seq 100); do kill -0 "$planar_pid" 2>/dev/null || break; sleep 0.1; done
kill -0 "$planar_pid" 2>/dev/null && fail "Ctrl+Q did not quit (a prompt about unsaved changes?)"
wait "$planar_pid" || fail "planar exited with status $?"
echo "PASS: Ctrl+S in the Id field saved node9, title '$title'"
