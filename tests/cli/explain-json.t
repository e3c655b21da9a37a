# --explain fills the JSON trace: TRD, staging, steps, statuses, rules,
# warning and safety rules, each with its verdict.
$ tpath evaluate --format json --explain docs/examples/demo-0002.yaml | grep -c '"verdict"'; tpath evaluate --format json docs/examples/demo-0002.yaml | grep -c '"verdict"'; true
--- stdout
56
0
