#!/bin/sh
# check.sh - structural checks of the HTML views, for every history given:
#   - `tpath evaluate --format html` (and with --explain) and
#     `tpath compare --format html` are well-formed XML (xmllint), so the
#     inline SVG is valid XML too; the SVG alone, cut out, parses as well;
#   - the page has no <script>, fetches nothing (no src= or remote href
#     other than the guideline's cited DOI link), and carries the
#     decision-support notice;
#   - every course is present: one SVG lane per trial of the result/1 JSON,
#     whose <title> numbers it from 1 ("Trial 1: ...", lane-0) and names
#     the trial's drug or intervention, and one table
#     row per trial;
#   - the SVG has a text alternative (role="img", <title>, <desc>).
# Prints one line per problem and a summary; exits 1 on any problem.
set -u
TPATH=${TPATH:-tpath}
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
pages=0
problems=0

fail() {
	echo "$1: $2"
	problems=$((problems + 1))
}

xcount() { # FILE XPATH
	xmllint --xpath "count($2)" "$1" 2>/dev/null
}

check_page() { # LABEL FILE
	pages=$((pages + 1))
	if ! xmllint --noout "$2" 2>"$tmp/err"; then
		fail "$1" "not well-formed XML: $(head -n 1 "$tmp/err")"
		return
	fi
	xmllint --xpath "//*[local-name()='svg']" "$2" >"$tmp/svg.xml" 2>/dev/null
	xmllint --noout "$tmp/svg.xml" 2>/dev/null ||
		fail "$1" "the SVG alone is not well-formed XML"
	[ "$(xcount "$2" "//script")" = 0 ] || fail "$1" "has a <script>"
	[ "$(xcount "$2" "//*[@src]")" = 0 ] || fail "$1" "loads a src="
	[ "$(xcount "$2" "//link")" = 0 ] || fail "$1" "has a <link>"
	[ "$(xcount "$2" "//*[local-name()='svg'][@role='img']/*[local-name()='title']")" = 1 ] ||
		fail "$1" "SVG without role=img and a <title>"
	[ "$(xcount "$2" "//*[local-name()='svg']/*[local-name()='desc']")" = 1 ] ||
		fail "$1" "SVG without a <desc>"
	grep -q 'Decision support, not a prescription' "$2" ||
		fail "$1" "no decision-support notice"
}

for f in "$@"; do
	"$TPATH" evaluate --format json "$f" >"$tmp/r.json" 2>/dev/null || {
		fail "$f" "evaluate failed"
		continue
	}
	# the trials' treatments, in order, from the JSON result
	sed -n 's/^      "\(drug\|intervention\)": "\(.*\)",$/\2/p' \
		"$tmp/r.json" >"$tmp/names"
	n=$(wc -l <"$tmp/names" | tr -d ' ')
	for mode in "evaluate --format html" "evaluate --format html --explain" \
		"compare --format html"; do
		# shellcheck disable=SC2086
		"$TPATH" $mode "$f" >"$tmp/p.html" 2>/dev/null || {
			fail "$f ($mode)" "failed"
			continue
		}
		check_page "$f ($mode)" "$tmp/p.html"
		lanes=$(xcount "$tmp/p.html" "//*[local-name()='g'][@class='lane']")
		[ "$lanes" = "$n" ] ||
			fail "$f ($mode)" "$lanes lanes for $n trials"
		i=0
		while IFS= read -r name; do
			t=$(xmllint --xpath "string(//*[local-name()='g'][@id='lane-$i']/*[local-name()='title'])" "$tmp/p.html" 2>/dev/null)
			case "$t" in
			"Trial $((i + 1)): $name"*) ;;
			*) fail "$f ($mode)" "lane $i is '$t', expected trial $((i + 1)) $name" ;;
			esac
			if [ "$mode" != "compare --format html" ] &&
				[ "$(xcount "$tmp/p.html" "//tr[@id='trial-$i']")" != 1 ]; then
				fail "$f ($mode)" "no table row for trial $i"
			fi
			i=$((i + 1))
		done <"$tmp/names"
	done
done
echo "$pages pages checked, $problems problems"
[ "$problems" = 0 ]
