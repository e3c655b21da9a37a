# replay: an invalid history is reported with its position (3); an --as-of
# in the other date style, no FILE, two FILEs and a bad --format are usage
# errors (2), with nothing on standard output.
$ tpath replay tests/invalid/phi-name.yaml; echo "status $?"; tpath replay --as-of 2024-01-01 docs/examples/demo-0002.yaml; echo "status $?"; tpath replay; echo "status $?"; tpath replay docs/examples/demo-0001.yaml docs/examples/demo-0002.yaml; echo "status $?"; tpath replay --format html docs/examples/demo-0001.yaml
--- stdout
status 3
status 2
status 2
status 2
--- stderr
tests/invalid/phi-name.yaml:4:20: 'name': identifying key not allowed; a history must be anonymized (history/1 refuses direct identifiers)
tpath: replay: --as-of 2024-01-01: the history uses relative days, so a whole number of days is expected
tpath: replay: no FILE given; try 'tpath help replay'
tpath: replay: one FILE only; try 'tpath help replay'
tpath: replay: --format takes text or json, not 'html'
--- status
2
