# --as-of must be a real day in the history's own style, not before the
# episode's start; --format takes text or json.  All are usage errors (2).
$ for a in 2025-13-01 70 2024-08-31; do tpath evaluate --as-of $a docs/examples/demo-0001.yaml; echo "status $?"; done; tpath evaluate --as-of 2025-01-01 docs/examples/demo-0002.yaml; echo "status $?"; tpath evaluate --format xml docs/examples/demo-0002.yaml
--- stdout
status 2
status 2
status 2
status 2
--- stderr
tpath: evaluate: --as-of 2025-13-01 is not a calendar date
tpath: evaluate: --as-of 70: the history uses calendar dates, so YYYY-MM-DD is expected
tpath: evaluate: --as-of 2024-08-31 is before the episode's start 2024-09-01
tpath: evaluate: --as-of 2025-01-01: the history uses relative days, so a whole number of days is expected
tpath: evaluate: --format takes text, json, html or csv, not 'xml'
--- status
2
