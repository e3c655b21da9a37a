# Concomitant medicines (history/1 `concomitant`) load and evaluate, in
# both date styles, and are never trials: each result's only trial is its
# one drug course.
$ for f in tests/data/history/concomitant.yaml tests/data/history/concomitant-relative.yaml; do tpath evaluate --format json $f > /tmp/tpath-conc.$$; echo "status $?"; grep -o '"drug": "[^"]*"' /tmp/tpath-conc.$$; done; rm -f /tmp/tpath-conc.$$
--- stdout
status 0
"drug": "sertraline"
status 0
"drug": "escitalopram"
