# compare: usage errors (exit 2) and an invalid history (exit 3) are
# reported as for evaluate; also a 17th --guideline and a knowledge file
# that is not a guideline.
$ tpath compare --guideline nope docs/examples/demo-0001.yaml; echo "status $?"; tpath compare $(for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17; do printf -- '--guideline star-d '; done) docs/examples/demo-0001.yaml; echo "status $?"; tpath compare --guideline guidelines/drugs.yaml docs/examples/demo-0001.yaml; echo "status $?"; tpath compare --format json docs/examples/demo-0001.yaml; echo "status $?"; tpath compare --guideline tests/data/no-such.yaml docs/examples/demo-0001.yaml; echo "status $?"; tpath compare; echo "status $?"; tpath compare --color maybe docs/examples/demo-0001.yaml; echo "status $?"; tpath compare tests/invalid/phi-name.yaml; echo "status $?"
--- stdout
status 2
status 2
status 2
status 2
status 4
status 2
status 2
status 3
--- stderr
tpath: compare: unknown guideline 'nope'; see 'tpath guidelines'
tpath: compare: at most 16 guidelines
tpath: compare: guidelines/drugs.yaml: not a guideline/1 file
tpath: compare: --format takes text or html, not 'json'
tests/data/no-such.yaml: cannot open: No such file or directory
tpath: compare: exactly one FILE expected; try 'tpath help compare'
tpath: compare: --color takes auto, always or never, not 'maybe'
tests/invalid/phi-name.yaml:4:20: 'name': identifying key not allowed; a history must be anonymized (history/1 refuses direct identifiers)
