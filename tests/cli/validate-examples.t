# Both contract examples and the knowledge files validate; one line each.
$ tpath validate docs/examples/demo-0001.yaml docs/examples/demo-0002.yaml guidelines/drugs.yaml guidelines/vocabulary.yaml
--- stdout
docs/examples/demo-0001.yaml: ok (history/1)
docs/examples/demo-0002.yaml: ok (history/1)
guidelines/drugs.yaml: ok (drugs/1)
guidelines/vocabulary.yaml: ok (vocabulary/1)
