# Every file is checked: a bad one does not stop the others; exit 3.
$ tpath validate tests/invalid/unknown-drug.yaml docs/examples/demo-0002.yaml
--- stdout
docs/examples/demo-0002.yaml: ok (history/1)
--- stderr
tests/invalid/unknown-drug.yaml:5:11: unknown drug 'sertralin'; did you mean 'sertraline'?
--- status
3
