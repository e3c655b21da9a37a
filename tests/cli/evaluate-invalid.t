# evaluate refuses an invalid history with its position; exit 3.
$ tpath evaluate tests/invalid/phi-name.yaml
--- stderr
tests/invalid/phi-name.yaml:4:20: 'name': identifying key not allowed; a history must be anonymized (history/1 refuses direct identifiers)
--- status
3
