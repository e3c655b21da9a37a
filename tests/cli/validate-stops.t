# What leaves the rest unreadable still stops: a YAML syntax error (the
# unknown drug before it is not reported), and identifying keys (all of
# them are reported, then nothing else is read).  evaluate keeps reporting
# a history's first error only.
$ tpath validate tests/data/validate/syntax-stops.yaml tests/data/validate/phi-stops.yaml; echo "status $?"; tpath evaluate tests/data/validate/three-mistakes.yaml
--- stdout
status 3
--- stderr
tests/data/validate/syntax-stops.yaml:9:1: YAML syntax error: did not find expected node content while parsing a flow node (line 9, column 1)
tests/data/validate/phi-stops.yaml:5:11: 'name': identifying key not allowed; a history must be anonymized (history/1 refuses direct identifiers)
tests/data/validate/phi-stops.yaml:6:21: 'mrn': identifying key not allowed; a history must be anonymized (history/1 refuses direct identifiers)
tests/data/validate/three-mistakes.yaml:8:11: 'flags': unknown flag 'suicidal'; did you mean 'high-suicide-risk'? (known flags: hepatic-impairment, cyp2c19-poor-metabolizer, cyp2c19-inhibitor, pregnant, bipolar-history, high-suicide-risk, catatonia)
--- status
3
