#!/usr/bin/env bash
# The export chapter's screenshots in a real X window (see packaging/screenshots_export.py):
#   packaging/screenshots_export.sh [--out DIR] [--lang et|en]
# Needs Xvfb, ImageMagick, and for the pack page LibreOffice and poppler-utils.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
python=${PYTHON:-$here/.venv/bin/python}
disp=:$((200 + RANDOM % 100))
Xvfb "$disp" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & xpid=$!
sleep 1
DISPLAY=$disp openbox >/dev/null 2>&1 & wpid=$!   # title bars on the dialogs, as on a desktop
trap 'kill $wpid $xpid 2>/dev/null || true' EXIT
sleep 1
DISPLAY=$disp QT_QPA_PLATFORM=xcb "$python" "$here/packaging/screenshots_export.py" "$@"
