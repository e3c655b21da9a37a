#!/bin/sh
# run.sh - `make check-browser`: renders tpath's HTML reports in headless
# Chromium and checks that each screenshot is not blank (build/pngcheck,
# from tests/browser/pngcheck.c).  For each history file given (by default
# docs/examples/*.yaml, tests/vignettes/canmat-trd.yaml and
# tests/vignettes/augmentation-role-lithium.yaml) it checks
#   tpath evaluate --format html FILE
# and, when tpath has a compare command,
#   tpath compare --format html FILE
# The screenshots stay in build/browser/NAME.COMMAND.png for a person to
# look at; the HTML and Chromium's log go to a temporary directory, kept
# and named on failure.  Needs Debian's chromium (apt-get install chromium).
#
# Environment: B (build directory, default build), TPATH (default ./tpath),
# PNGCHECK (default $B/pngcheck), CHROMIUM (default chromium),
# BROWSER_WINDOW (default 1280,1600), BROWSER_REGION ("X Y W H" that must
# hold ink too, default the top 600 pixels; empty for none),
# BROWSER_TIMEOUT (seconds per screenshot, default 60).
set -eu
B=${B:-build}
TPATH=${TPATH:-./tpath}
PNGCHECK=${PNGCHECK:-$B/pngcheck}
CHROMIUM=${CHROMIUM:-chromium}
WINDOW=${BROWSER_WINDOW:-1280,1600}
REGION=${BROWSER_REGION-0 0 1280 600}
TIMEOUT=${BROWSER_TIMEOUT:-60}
out=$B/browser

if [ $# -eq 0 ]; then
	set -- docs/examples/*.yaml tests/vignettes/canmat-trd.yaml \
		tests/vignettes/augmentation-role-lithium.yaml
fi

if ! command -v "$CHROMIUM" >/dev/null 2>&1; then
	echo "browser: $CHROMIUM not found; install Debian's chromium" \
		"(apt-get install -y chromium)" >&2
	exit 1
fi
for f in "$TPATH" "$PNGCHECK"; do
	if [ ! -x "$f" ]; then
		echo "browser: $f missing; run make check-browser" >&2
		exit 1
	fi
done

mkdir -p "$out"
out=$(cd "$out" && pwd)	# Chromium wants an absolute path
tmp=$(mktemp -d "${TMPDIR:-/tmp}/tpath-browser.XXXXXX")
trap 'rm -rf "$tmp"; exit 130' HUP INT TERM

commands=evaluate
if "$TPATH" help compare >/dev/null 2>&1; then
	commands="evaluate compare"
fi

passed=0
failed=0

# fail WHAT MESSAGE [LOG...]: one FAIL line, then each non-empty log,
# less Chromium's complaints that there is no D-Bus (there never is here).
fail() {
	what=$1 msg=$2
	shift 2
	echo "FAIL $what: $msg"
	for log in "$@"; do
		if [ -s "$log" ]; then
			echo "---- $log"
			grep -v 'ERROR:dbus/' "$log" | sed 's/^/  /' || :
		fi
	done
	failed=$((failed + 1))
}

# page COMMAND FILE: render one report and check its screenshot.
page() {
	cmd=$1 file=$2
	name=$(basename "$file" .yaml).$cmd
	# Two histories of the same name in different folders: number the
	# later one rather than overwrite the first one's screenshot.
	n=1 base=$name
	while [ -e "$tmp/$name.html" ]; do
		n=$((n + 1))
		name=$base-$n
	done
	what="$cmd $file"
	html=$tmp/$name.html
	png=$B/browser/$name.png
	rm -f "$png"
	if ! "$TPATH" "$cmd" --format html "$file" >"$html" \
		2>"$tmp/$name.tpath.log"; then
		fail "$what" "tpath $cmd --format html exited non-zero" \
			"$tmp/$name.tpath.log"
		return 0
	fi
	if [ ! -s "$html" ]; then
		fail "$what" "tpath $cmd --format html printed nothing" \
			"$tmp/$name.tpath.log"
		return 0
	fi
	# A fresh profile each time, and no background networking: this
	# machine's network is closed, and Chromium would otherwise try to
	# reach Google's hosts at every start.
	rc=0
	timeout -k 5 "$TIMEOUT" "$CHROMIUM" --headless --no-sandbox \
		--disable-gpu --disable-dev-shm-usage --hide-scrollbars \
		--no-first-run --disable-background-networking \
		--disable-component-update --disable-sync --disable-quic \
		--force-device-scale-factor=1 \
		--run-all-compositor-stages-before-draw \
		--user-data-dir="$tmp/profile-$name" \
		--window-size="$WINDOW" --screenshot="$out/$name.png" \
		"file://$html" >"$tmp/$name.chromium.log" 2>&1 || rc=$?
	rm -rf "$tmp/profile-$name"
	if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
		fail "$what" "chromium timed out after ${TIMEOUT}s" \
			"$tmp/$name.chromium.log"
		return 0
	fi
	if [ "$rc" -ne 0 ] || [ ! -s "$png" ]; then
		fail "$what" "chromium exited $rc without a screenshot" \
			"$tmp/$name.chromium.log"
		return 0
	fi
	# shellcheck disable=SC2086 # REGION is four words, or none
	# -c: the SVG timeline's therapeutic-dose blue (engine/html.c) must
	# be on screen, so a page whose chart failed to render fails
	if "$PNGCHECK" -c 3a6fb0 "$png" $REGION >"$tmp/$name.check" \
		2>"$tmp/$name.check.log"; then
		echo "ok   $what: $(cat "$tmp/$name.check")"
		passed=$((passed + 1))
	else
		fail "$what" "$(cat "$tmp/$name.check.log")" \
			"$tmp/$name.chromium.log"
	fi
}

for file in "$@"; do
	for cmd in $commands; do
		page "$cmd" "$file"
	done
done

if [ "$failed" -ne 0 ]; then
	echo "browser: artefacts kept in $tmp (HTML, logs); screenshots in $out"
else
	rm -rf "$tmp"
fi
echo "browser: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
