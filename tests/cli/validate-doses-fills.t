# A drug course may leave out its doses (no key, or doses: []) and may
# carry pharmacy fills (history/1); these files load and validate.
$ tpath validate tests/data/history/doses-absent.yaml tests/data/history/doses-empty.yaml tests/data/history/fills.yaml
--- stdout
tests/data/history/doses-absent.yaml: ok (history/1)
tests/data/history/doses-empty.yaml: ok (history/1)
tests/data/history/fills.yaml: ok (history/1)
