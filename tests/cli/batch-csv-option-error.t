# An option that cannot apply to a document (--as-of in the calendar style
# for a history in relative days) gives a row with the history's id, which
# is known since the history loaded, and the error in the error column;
# exit status 2, as with JSON Lines.
$ tpath evaluate --batch --format csv --as-of 2025-01-01 docs/examples > /tmp/tpath-bco.$$; echo "status $?"; tr -d '\r' < /tmp/tpath-bco.$$ | tail -n +2; rm -f /tmp/tpath-bco.$$
--- stdout
status 2
demo-0001,canmat-2023,2025-01-01,difficult-to-treat,assess,adequate-trial-assessment,next,true,2,true,2,true,2,true,2,II,1.0,5.0,nonresponder,reassess,7,,0,
demo-0002,,,,,,,,,,,,,,,,,,,,,,,"docs/examples/demo-0002.yaml: --as-of 2025-01-01: the history uses relative days, so a whole number of days is expected"
--- stderr
docs/examples/demo-0002.yaml: --as-of 2025-01-01: the history uses relative days, so a whole number of days is expected (document 1)
