# compare: usage errors (exit 2) and an invalid history (exit 3) are
# reported as for evaluate.
$ tpath compare --guideline nope docs/examples/demo-0001.yaml; echo "status $?"; tpath compare --format json docs/examples/demo-0001.yaml; echo "status $?"; tpath compare --guideline tests/data/no-such.yaml docs/examples/demo-0001.yaml; echo "status $?"; tpath compare; echo "status $?"; tpath compare --color maybe docs/examples/demo-0001.yaml; echo "status $?"; tpath compare tests/invalid/phi-name.yaml; echo "status $?"
--- stdout
status 2
status 2
status 4
status 2
status 2
status 3
--- stderr
tpath: compare: unknown guideline 'nope'; see 'tpath guidelines'
tpath: compare: --format takes text or html, not 'json'
tests/data/no-such.yaml: cannot open: No such file or directory
tpath: compare: exactly one FILE expected; try 'tpath help compare'
tpath: compare: --color takes auto, always or never, not 'maybe'
tests/invalid/phi-name.yaml:4:20: 'name': identifying key not allowed; a history must be anonymized (history/1 refuses direct identifiers)
