# exhaustive: every example and vignette in one stream, twice, and 200
# generated histories; skipped under valgrind (check_csv.c compares the
# same cells in-process there).
# The CSV holds what the JSON Lines of the same run hold, read by Python's
# own csv and json modules (tests/data/batch/csv_vs_json.py): CRLF records,
# the header's columns those of the results' TRD definitions and staging
# models, and every cell of every row (error rows: the error/1 line's
# "error").  Under the default guideline with two threads, under NICE
# NG222, and with a data-dir adding a points and a ladder staging model.
$ d=$(mktemp -d); for f in docs/examples/*.yaml tests/vignettes/*.yaml tests/data/batch/stream.yaml tests/data/batch/csv-quoting.yaml; do echo ---; cat $f; done > $d/all.yaml; build/gen 200 > $d/gen.yaml; python3 tests/data/batch/csv_vs_json.py tpath -j 2 $d/all.yaml; python3 tests/data/batch/csv_vs_json.py tpath --guideline nice-ng222 $d/all.yaml; python3 tests/data/batch/csv_vs_json.py tpath --data-dir tests/data/custom-staging $d/gen.yaml; rm -rf $d
--- stdout
24 columns, 3 error rows: every cell as in the JSON
24 columns, 3 error rows: every cell as in the JSON
26 columns, 0 error rows: every cell as in the JSON
