# --explain fills the JSON trace: TRD, staging, steps, statuses, rules,
# warning and safety rules, each with its verdict.
$ d=$(mktemp -d); tpath evaluate --format json --explain docs/examples/demo-0002.yaml > $d/explain; echo "status $?"; grep -c '"verdict"' $d/explain; tpath evaluate --format json docs/examples/demo-0002.yaml > $d/plain; echo "status $?"; grep -c '"verdict"' $d/plain; rm -rf $d
--- stdout
status 0
75
status 0
0
