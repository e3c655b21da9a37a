# A drug course may leave out its doses (no key, or doses: []): history/1
# made them optional; these files load and validate.
$ tpath validate tests/data/history/doses-absent.yaml tests/data/history/doses-empty.yaml
--- stdout
tests/data/history/doses-absent.yaml: ok (history/1)
tests/data/history/doses-empty.yaml: ok (history/1)
