#!/usr/bin/env bash
# Run a built bundle headless and prove nothing is missing from it.
#
#   packaging/smoke_test.sh [BUNDLE_DIR]        (default: dist/avtoituba)
#
# Checks: --version; `new X --demo` (programme + demo content from the bundled resources);
# `info --json`; an Alembic upgrade (migration scripts read from the bundle's folder);
# the GUI starting offscreen in both languages (prints the cold start time); and, once the
# `export` command is registered, a headless homework export to .docx.
# Prints "smoke test passed" and exits 0, or names the step that failed and exits 1.
set -u
BUNDLE="${1:-dist/avtoituba}"
APP=""
# The console program first (Windows/macOS build one beside the windowed one).
for candidate in avtoituba-cli.exe avtoituba-cli Contents/MacOS/avtoituba-cli avtoituba \
                 Contents/MacOS/avtoituba; do
    if [ -f "$BUNDLE/$candidate" ] && [ -x "$BUNDLE/$candidate" ]; then
        APP="$(cd "$BUNDLE" && pwd)/$candidate"
        break
    fi
done
if [ -z "$APP" ]; then
    echo "smoke test: no avtoituba program in $BUNDLE (build it with: make package)" >&2
    exit 1
fi
WORK="$(mktemp -d "${TMPDIR:-/tmp}/avtoituba-smoke.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
# Never touch the user's settings or demo file: a private home, offscreen Qt.
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" \
       XDG_DATA_HOME="$WORK/home/.local/share" XDG_RUNTIME_DIR="$WORK/run" \
       QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="qt.qpa.*=false"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
cd "$WORK" || exit 1

fail() { echo "smoke test FAILED: $*" >&2; exit 1; }
now() { python3 -c 'import time; print(time.time())' 2>/dev/null || date +%s; }
limit() { if command -v timeout >/dev/null 2>&1; then timeout "$@"; else shift; "$@"; fi; }
step() { echo "== $*"; }

step "--version"
out="$("$APP" --version 2>&1)" || fail "--version exited non-zero: $out"
case "$out" in avtoituba\ [0-9]*) echo "$out" ;; *) fail "--version printed: $out" ;; esac

step "new demo.avtoituba --demo"
"$APP" new demo.avtoituba --demo || fail "new --demo"
[ -s demo.avtoituba ] || fail "new --demo wrote no file"

step "info --json"
info="$("$APP" info demo.avtoituba --json)" || fail "info --json"
echo "$info"
echo "$info" | grep -q '"participants": [1-9]' || fail "the demo has no participants"
echo "$info" | grep -q '"agenda_items": [1-9]' || fail "the demo has no agenda"

step "an error is one line, not a traceback"
err="$("$APP" info missing.avtoituba 2>&1 >/dev/null)" && fail "info on a missing file succeeded"
echo "$err"
echo "$err" | grep -q Traceback && fail "a traceback on the command line"

if command -v python3 >/dev/null 2>&1; then
    step "Alembic upgrade from the bundled migration scripts"
    python3 -c "import sqlite3; c = sqlite3.connect('old.db'); c.execute('CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)'); c.commit()"
    "$APP" info "sqlite:///$WORK/old.db" >/dev/null 2>"$WORK/upgrade.err"
    grep -q "holds no workshop" "$WORK/upgrade.err" || fail "upgrade: $(cat "$WORK/upgrade.err")"
    "$APP" new "sqlite:///$WORK/old.db" --demo >/dev/null || fail "new in the upgraded database"
    tables="$(python3 -c "import sqlite3; print(sqlite3.connect('old.db').execute('SELECT version_num FROM alembic_version').fetchone()[0])")"
    echo "upgraded to revision $tables"
else
    echo "(python3 not found: Alembic upgrade step skipped)"
fi

for lang in et en; do
    step "GUI starts offscreen (--lang $lang)"
    start=$(now)
    shown="$(AVTOITUBA_EXIT_AFTER_SHOW=1 limit 60 "$APP" --lang "$lang" demo.avtoituba 2>"$WORK/gui.err")" \
        || fail "the GUI did not start: $(cat "$WORK/gui.err")"
    end=$(now)
    echo "$shown" | grep -q '^shown ' || fail "the main window was not shown: $(cat "$WORK/gui.err")"
    grep -q Traceback "$WORK/gui.err" && fail "a traceback: $(cat "$WORK/gui.err")"
    echo "main window shown; cold start (process wall time) $(awk "BEGIN { printf \"%.2f\", $end - $start }") s"
done

if "$APP" --help | grep -qE '^  export +'; then
    step "export homework (headless)"
    "$APP" export homework demo.avtoituba --out "$WORK/out" || fail "export homework"
    ls "$WORK/out"
    n=0
    for f in "$WORK"/out/*.docx; do
        [ -s "$f" ] || continue
        head -c 2 "$f" | grep -q PK || fail "$f is not a Word document"
        n=$((n + 1))
    done
    [ "$n" -gt 0 ] || fail "export homework wrote no .docx"
    echo "$n Word documents"
else
    echo "(the export command is not registered in this build yet: export step skipped)"
fi

echo "smoke test passed"
