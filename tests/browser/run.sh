#!/bin/sh
# run.sh - `make check-browser`: renders tpath's HTML reports in headless
# Chromium and checks that each screenshot is not blank (build/pngcheck,
# from tests/browser/pngcheck.c).  For each history file given (by default
# docs/examples/*.yaml, tests/vignettes/canmat-trd.yaml,
# tests/vignettes/augmentation-role-lithium.yaml and
# tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml, whose
# trials table was 744 px wide in A4's 676 before table cells could break a
# long word) it checks
#   tpath evaluate --format html FILE
# and, when tpath has a compare command,
#   tpath compare --format html FILE
# Each page is then measured (widths: at 1280 px and 390 px it must not be
# wider than the viewport; with its print rules, at A4's printable width,
# no table or chart may be wider than its box; tests/browser/measure.html)
# and printed (paper: Chromium's PDF, page 1 rendered by pdftoppm and
# checked not blank, every column header's words in pdftotext's text).
# The screenshots stay in build/browser/NAME.COMMAND.png for a person to
# look at; the HTML and Chromium's log go to a temporary directory, kept
# and named on failure.  Needs Debian's chromium and poppler-utils.
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
MEASURE=${MEASURE:-tests/browser/measure.html}
CHROMIUM=${CHROMIUM:-chromium}
WINDOW=${BROWSER_WINDOW:-1280,1600}
REGION=${BROWSER_REGION-0 0 1280 600}
TIMEOUT=${BROWSER_TIMEOUT:-60}
out=$B/browser

if [ $# -eq 0 ]; then
	set -- docs/examples/*.yaml tests/vignettes/canmat-trd.yaml \
		tests/vignettes/augmentation-role-lithium.yaml \
		tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml
fi

if ! command -v "$CHROMIUM" >/dev/null 2>&1; then
	echo "browser: $CHROMIUM not found; install Debian's chromium" \
		"(apt-get install -y chromium)" >&2
	exit 1
fi
for tool in pdftoppm pdftotext; do
	if ! command -v "$tool" >/dev/null 2>&1; then
		echo "browser: $tool not found; install Debian's poppler-utils" \
			"(apt-get install -y poppler-utils)" >&2
		exit 1
	fi
done
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
	# -c: the SVG timeline's therapeutic-dose blue (engine/views/html.c)
	# must be on screen when the page draws bars of it (courses at a
	# therapeutic dose) of 400 square px or more, so a page whose chart
	# failed to render fails; a page without (no treatment yet, a dose
	# below the range, a course on its first day) is checked for ink alone
	area=$(grep -o '<rect class="dose"[^>]*fill="#3a6fb0"[^>]*>' "$html" |
		sed -n 's/.* width="\([0-9.]*\)" height="\([0-9.]*\)".*/\1 \2/p' |
		awk '{ a += $1 * $2 } END { printf "%d", a }')
	colour=
	if [ "${area:-0}" -ge 400 ]; then
		colour="-c 3a6fb0"
	fi
	# shellcheck disable=SC2086 # REGION is four words or none, colour
	# two or none
	if "$PNGCHECK" $colour "$png" $REGION >"$tmp/$name.check" \
		2>"$tmp/$name.check.log"; then
		echo "ok   $what: $(cat "$tmp/$name.check")"
		passed=$((passed + 1))
	else
		fail "$what" "$(cat "$tmp/$name.check.log")" \
			"$tmp/$name.chromium.log"
	fi
	widths "$what" "$name" "$html"
	paper "$what" "$name" "$html"
}

# headless NAME ARGS...: headless Chromium with a fresh profile, its log
# in $tmp/NAME.log; returns its exit status.
headless() {
	cname=$1
	shift
	crc=0
	timeout -k 5 "$TIMEOUT" "$CHROMIUM" --headless --no-sandbox \
		--disable-gpu --disable-dev-shm-usage --hide-scrollbars \
		--no-first-run --disable-background-networking \
		--disable-component-update --disable-sync --disable-quic \
		--force-device-scale-factor=1 \
		--run-all-compositor-stages-before-draw \
		--user-data-dir="$tmp/profile-$cname" "$@" \
		2>"$tmp/$cname.log" || crc=$?
	rm -rf "$tmp/profile-$cname"
	return "$crc"
}

# widths WHAT NAME HTML: the page in frames 1280 and 390 px wide, and its
# print rules applied in a frame as wide as A4's printable width
# (tests/browser/measure.html); fails when the page is wider than the
# frame, or, in print, when a table or the chart is wider than its box
# (a column that would be cut on paper).
widths() {
	what=$1 name=$2 html=$3
	dir=$tmp/$name.measure
	mkdir -p "$dir"
	cp "$html" "$dir/page.html"
	sed 's/@media print{/@media all{/' "$html" >"$dir/print.html"
	cp "$MEASURE" "$dir/measure.html"
	if ! headless "$name.measure" --allow-file-access-from-files \
		--window-size=1400,1000 --dump-dom "file://$dir/measure.html" \
		>"$dir/dom.html"; then
		fail "$what" "chromium --dump-dom of the measuring page failed" \
			"$tmp/$name.measure.log"
		return 0
	fi
	# the <pre id="tpath-measure"> lines, one per frame and box
	sed -n '/<pre id="tpath-measure">/,/<\/pre>/p' "$dir/dom.html" |
		sed 's/.*<pre id="tpath-measure">//; s/<\/pre>.*//' \
			>"$dir/lines"
	if ! grep -q '^print page ' "$dir/lines" ||
		! grep -q '^390 page ' "$dir/lines" ||
		! grep -q '^1280 page ' "$dir/lines"; then
		fail "$what" "the measuring page did not measure every width" \
			"$dir/lines" "$tmp/$name.measure.log"
		return 0
	fi
	awk '
	$2 == "error" { print "frame " $1 ": " $3; bad = 1 }
	$2 == "page" && $3 + 0 > $4 + 0 {
		if ($1 == "print")
			print "in print, " $3 " px wide on a page " \
			    $4 " px wide (A4 less margins)"
		else
			print $3 " px wide in a " $1 \
			    "-px viewport"
		bad = 1
	}
	$1 == "print" && $2 == "box" && $4 + 0 > $5 + 0 {
		print "in print, " $3 " is " $4 " px wide in a box " \
		    $5 " px wide: a column would be cut"
		bad = 1
	}
	END { exit bad }' "$dir/lines" >"$dir/problems" || :
	if [ -s "$dir/problems" ]; then
		while IFS= read -r problem; do
			fail "$what" "$problem"
		done <"$dir/problems"
		return 0
	fi
	echo "ok   $what: fits 1280 px, 390 px and A4 ($(grep -c ' box ' \
		"$dir/lines") scroll boxes measured)"
	passed=$((passed + 1))
	rm -rf "$dir"
}

# paper WHAT NAME HTML: the page printed by Chromium (Letter, its
# default) to PDF, its first page rendered to build/browser/NAME.print.png
# by pdftoppm and checked not blank, and every word of every column
# header (<th scope="col">) found in the PDF's text: a column cut at
# the page's edge loses its header.
paper() {
	what=$1 name=$2 html=$3
	pdf=$tmp/$name.pdf
	if ! headless "$name.pdf" --no-pdf-header-footer \
		--print-to-pdf="$pdf" "file://$html" >/dev/null || [ ! -s "$pdf" ]; then
		fail "$what" "chromium --print-to-pdf wrote no PDF" \
			"$tmp/$name.pdf.log"
		return 0
	fi
	rm -f "$out/$name.print.png"
	if ! pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$pdf" \
		"$out/$name.print" 2>"$tmp/$name.pdftoppm.log"; then
		fail "$what" "pdftoppm could not render the PDF" \
			"$tmp/$name.pdftoppm.log"
		return 0
	fi
	if ! "$PNGCHECK" "$out/$name.print.png" >/dev/null \
		2>"$tmp/$name.print.check.log"; then
		fail "$what" "printed page 1: $(cat "$tmp/$name.print.check.log")"
		return 0
	fi
	pdftotext "$pdf" - | tr -s '[:space:]' '\n' >"$tmp/$name.pdf.words"
	grep -o '<th scope="col">[^<]*' "$html" |
		sed 's/<th scope="col">//' | tr ' ' '\n' | sed '/^$/d' |
		sed 's/&amp;/\&/g' | sort -u >"$tmp/$name.headers"
	missing=$(grep -vxF -f "$tmp/$name.pdf.words" "$tmp/$name.headers" |
		tr '\n' ' ' || :)
	if [ -n "$missing" ]; then
		fail "$what" "printed, column headers lost (cut or broken\
 mid-word): $missing"
		return 0
	fi
	echo "ok   $what: printed, $(grep -c . "$tmp/$name.headers") header\
 words in the PDF; page 1 in $out/$name.print.png"
	passed=$((passed + 1))
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
