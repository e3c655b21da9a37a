#!/bin/sh
# Prints one line per view of every example and vignette: the SHA-256 of
# the output, the exit status, and the command's arguments.  The views are
# result/1 JSON under each of the three guidelines and, with the trace
# (--explain), under the default one; the text report with and without the
# trace, the HTML report and the CSV row under the default guideline; and
# the text and HTML comparison.
# tests/cli/results-unchanged.t holds what it printed at the tag
# result-baseline-0.5.0 (the commit the typed-result work of issue 16
# starts from), so any change of any byte of any view shows up there,
# naming the file and the view.  Evaluated with the embedded knowledge and
# no options: the vignettes' own headers (# guideline:, # set:, ...) are
# not applied, so every file is read the same way.
for f in docs/examples/*.yaml tests/vignettes/*.yaml; do
	for args in "evaluate --format json --guideline canmat-2023" \
		"evaluate --format json --guideline nice-ng222" \
		"evaluate --format json --guideline star-d" \
		"evaluate --format json --explain" \
		"evaluate --format text" "evaluate --format text --explain" \
		"evaluate --format html" "evaluate --batch --format csv" \
		"compare --format text" "compare --format html"; do
		# shellcheck disable=SC2086
		out=$(tpath $args "$f" 2>&1; echo "status $?")
		printf '%s %s %s\n' "$(printf '%s\n' "$out" | sha256sum | cut -c1-16)" "$f" "$args"
	done
done
