#!/bin/sh
# make bench: measures, in one run on this machine, libyaml merely parsing a
# synthetic population (the practical limit), tpath batch evaluation with
# JSON output at -j1 and -j2 (and two -j1 processes at once, what the
# machine gives two threads) and with CSV output at -j1, peak memory at two
# stream sizes, and one `tpath evaluate` of a single history from process
# start to exit against `tpath --version`.  With JRE_DIR set to a folder
# holding json-rules-engine's bench.js with its node_modules installed (a
# measuring tool kept outside the project; docs/performance.md says how),
# it also times that program on the same large stream, interleaved with
# tpath, and prints how far its answers agree with tpath's (its
# compare.py).  Prints rates, ratios and the targets of issue 16.  Not a
# test: it never fails on a slow machine.
set -eu
B=${B:-build}
small=${BENCH_SMALL:-2000}
large=${BENCH_LARGE:-20000}
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT

"$B/gen" "$small" > "$t/small.yaml"
"$B/gen" "$large" > "$t/large.yaml"
mb=$(awk -v b="$(wc -c < "$t/large.yaml")" 'BEGIN { printf "%.2f", b / 1048576 }')

# Median of 3 runs each; the same input for all.
set -- $("$B/run" 3 "$t/large.yaml" /dev/null "$B/parse_only" "$t/large.yaml")
parse=$1
set -- $("$B/run" 3 "$t/large.yaml" "$t/out1" ./tpath evaluate --batch -j 1 -)
j1=$1 mem_large=$2
set -- $("$B/run" 3 "$t/large.yaml" "$t/out2" ./tpath evaluate --batch -j 2 -)
j2=$1
# What this machine gives two threads of work: two independent -j1
# processes on the same stream at once, against one alone (1.0x: its two
# CPUs do not run two busy threads side by side any faster than one).
set -- $("$B/run" 3 /dev/null /dev/null sh -c "./tpath evaluate --batch -j 1 '$t/large.yaml' >/dev/null & ./tpath evaluate --batch -j 1 '$t/large.yaml' >/dev/null; wait")
pair=$1
set -- $("$B/run" 3 "$t/large.yaml" /dev/null ./tpath evaluate --batch -j 1 --format csv -)
csv=$1
set -- $("$B/run" 3 "$t/small.yaml" /dev/null ./tpath evaluate --batch -j 1 -)
mem_small=$2
set -- $("$B/run" 3 "$t/large.yaml" /dev/null ./tpath evaluate --batch -j 2 -)
mem_large2=$2
set -- $("$B/run" 3 "$t/small.yaml" /dev/null ./tpath evaluate --batch -j 2 -)
mem_small2=$2
set -- $("$B/run" 101 /dev/null /dev/null ./tpath evaluate --format json docs/examples/demo-0001.yaml)
single=$1
set -- $("$B/run" 101 /dev/null /dev/null ./tpath --version)
version=$1
jre=0 jre_tpath=0
if [ -n "${JRE_DIR:-}" ] && [ -f "$JRE_DIR/bench.js" ]; then
	# interleaved: tpath, node, tpath, node, tpath, node; medians
	for i in 1 2 3; do
		set -- $("$B/run" 1 "$t/large.yaml" /dev/null ./tpath evaluate --batch -j 1 -)
		echo "$1" >> "$t/tp.times"
		set -- $("$B/run" 1 /dev/null "$t/jre.jsonl" node "$JRE_DIR/bench.js" --kb guidelines "$t/large.yaml")
		echo "$1" >> "$t/jre.times"
	done
	jre_tpath=$(sort -n "$t/tp.times" | sed -n 2p)
	jre=$(sort -n "$t/jre.times" | sed -n 2p)
	if [ -f "$JRE_DIR/compare.py" ]; then
		python3 "$JRE_DIR/compare.py" "$t/out1" "$t/jre.jsonl" 2>&1 |
			grep -E '^(histories|trd met|fired rules|outcome|adequate) ' > "$t/agree" || :
	fi
fi
cmp -s "$t/out1" "$t/out2" || { echo "bench: -j1 and -j2 outputs differ" >&2; exit 1; }

awk -v n="$large" -v mb="$mb" -v parse="$parse" -v j1="$j1" -v j2="$j2" \
    -v csv="$csv" -v pair="$pair" \
    -v ms="$mem_small" -v ml="$mem_large" -v ms2="$mem_small2" \
    -v ml2="$mem_large2" -v single="$single" -v small="$small" \
    -v version="$version" -v jre="$jre" -v jre_tpath="$jre_tpath" '
function verdict(ok) { return ok ? "meets target" : "MISSES target" }
BEGIN {
  printf "population: %d synthetic histories, %.2f MB (tests/bench/gen.c)\n", n, mb
  printf "%-28s %9s %12s %9s\n", "", "seconds", "histories/s", "MB/s"
  printf "%-28s %9.3f %12.0f %9.1f\n", "libyaml parse only", parse, n / parse, mb / parse
  printf "%-28s %9.3f %12.0f %9.1f\n", "tpath --batch -j1 (JSON)", j1, n / j1, mb / j1
  printf "%-28s %9.3f %12.0f %9.1f\n", "tpath --batch -j2 (JSON)", j2, n / j2, mb / j2
  printf "%-28s %9.3f %12.0f %9.1f\n", "tpath --batch -j1 (CSV)", csv, n / csv, mb / csv
  printf "\n"
  printf "-j1 / parse-only     %5.2fx   (target <= 2.5x: %s)\n", j1 / parse, verdict(j1 / parse <= 2.5)
  printf "CSV -j1 / parse-only %5.2fx   (target <= 1.5x: %s)\n", csv / parse, verdict(csv / parse <= 1.5)
  printf "-j1 / -j2 speed-up   %5.2fx   (target >= 1.6x: %s)\n", j1 / j2, verdict(j1 / j2 >= 1.6)
  printf "two -j1 processes at once: %.2fx the work of one per unit of time (the most two threads can gain here)\n", 2 * j1 / pair
  printf "peak memory -j1      %d KB at %d, %d KB at %d (+%d KB; target a few MB: %s)\n", ms, small, ml, n, ml - ms, verdict(ml - ms <= 4096)
  printf "peak memory -j2      %d KB at %d, %d KB at %d (+%d KB)\n", ms2, small, ml2, n, ml2 - ms2
  printf "one evaluate         %5.2f ms process start to exit, median of 101\n", single * 1000
  printf "tpath --version      %5.2f ms; one evaluate / --version %5.2fx (target <= 1.5x: %s)\n", version * 1000, single / version, verdict(single / version <= 1.5)
  if (jre > 0) {
    printf "json-rules-engine    %9.3f s for the %d histories (tpath -j1 %.3f s in the same interleaved runs)\n", jre, n, jre_tpath
    printf "jre / tpath -j1      %5.2fx   (target >= 20x: %s)\n", jre / jre_tpath, verdict(jre / jre_tpath >= 20)
  }
}'
if [ -s "$t/agree" ]; then
	echo "agreement of json-rules-engine with tpath (its compare.py):"
	sed 's/^/  /' "$t/agree"
fi
