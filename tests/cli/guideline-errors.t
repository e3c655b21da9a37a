# An unknown guideline id or parameter, or a malformed override, is a usage
# error (2); a guideline file with an error is invalid input (3).
$ tpath evaluate --guideline who-2030 docs/examples/demo-0002.yaml; echo "status $?"; tpath evaluate --set nosuch=1 docs/examples/demo-0002.yaml; echo "status $?"; tpath evaluate --set early_improvement_pct=lots docs/examples/demo-0002.yaml; echo "status $?"; tpath evaluate --guideline tests/invalid/guideline-unknown-fact.yaml docs/examples/demo-0002.yaml
--- stdout
status 2
status 2
status 2
--- stderr
tpath: evaluate: unknown guideline 'who-2030' (known: canmat-2023, nice-ng222, star-d)
tpath: evaluate: parameter override 'nosuch=1': canmat-2023 has no parameter 'nosuch'
tpath: evaluate: parameter override 'early_improvement_pct=lots': 'lots' is not a number
tests/invalid/guideline-unknown-fact.yaml:16:12: unknown fact 'current.weks'; did you mean 'current.weeks'?
--- status
3
