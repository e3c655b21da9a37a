#!/bin/sh
# run.sh - `make fuzz`: each libFuzzer target for FUZZ_SECONDS (default 60)
# with its dictionary, seeded from the project's fixtures.  The corpus
# grows in build/fuzz/corpus-TARGET; a crash, leak or timeout leaves its
# input in build/fuzz/found-TARGET/ and makes this script fail.  A finding,
# once fixed, is copied to tests/fuzz/regress/TARGET/, which `make check`
# replays (see docs/development.md).
set -u
B=${B:-build}
SECONDS_EACH=${FUZZ_SECONDS:-60}
TARGETS=${FUZZ_TARGETS:-"history guideline catalog fhir hook"}

seeds() {
	case $1 in
	history) echo docs/examples tests/vignettes tests/fuzz/regress/history ;;
	guideline) echo guidelines tests/invalid tests/fuzz/regress/guideline ;;
	catalog) echo guidelines/drugs.yaml guidelines/vocabulary.yaml \
		tests/fuzz/regress/catalog ;;
	fhir) echo tests/fhir tests/fuzz/regress/fhir ;;
	hook) echo tests/fuzz/regress/hook ;;
	esac
}

status=0
for t in $TARGETS; do
	corpus=$B/fuzz/corpus-$t
	found=$B/fuzz/found-$t
	mkdir -p "$corpus" "$found"
	# Seed files are copied once, so that libFuzzer's single corpus
	# directory holds them (it reads directories, not single files).
	for s in $(seeds "$t"); do
		if [ -d "$s" ]; then
			find "$s" -type f -exec cp {} "$corpus"/ \; 2>/dev/null
		elif [ -f "$s" ]; then
			cp "$s" "$corpus"/
		fi
	done
	echo "fuzz: $t for ${SECONDS_EACH}s ($(ls "$corpus" | wc -l) inputs to start)"
	if ! "$B/fuzz/fuzz_$t" -max_total_time="$SECONDS_EACH" \
		-dict="tests/fuzz/$t.dict" -max_len=65536 -timeout=10 \
		-rss_limit_mb=2048 -print_final_stats=1 \
		-artifact_prefix="$found/" "$corpus" \
		>"$B/fuzz/$t.log" 2>&1; then
		status=1
		echo "fuzz: $t FOUND A DEFECT: input in $found/, log $B/fuzz/$t.log"
	fi
	grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' \
		"$B/fuzz/$t.log" | sed "s/^/fuzz: $t /"
	echo "fuzz: $t corpus now $(ls "$corpus" | wc -l) inputs"
done
exit $status
