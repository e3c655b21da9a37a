# The judgement, relapse and failure-rule parameters of timeline/1 and trd/1
# files are checked strictly: each bad value is reported at its position,
# every file is checked, and the exit status is 3.
$ tpath validate tests/data/bad-rules/timeline-closes.yaml tests/data/bad-rules/timeline-relapse-range.yaml tests/data/bad-rules/timeline-relapse-scale.yaml tests/data/bad-rules/timeline-relapse-source.yaml tests/data/bad-rules/trd-adherence.yaml tests/data/bad-rules/trd-pdc.yaml
--- stdout
--- stderr
tests/data/bad-rules/timeline-closes.yaml:106:24: 'closes_window': unknown treatment 'cbt' (expected one of: drug, ect, rtms, tdcs, vns, psychotherapy)
tests/data/bad-rules/timeline-relapse-range.yaml:96:33: 'value': 40 is out of range for qids-sr16 (0-27)
tests/data/bad-rules/timeline-relapse-scale.yaml:96:15: 'scale': unknown scale 'qids'
tests/data/bad-rules/timeline-relapse-source.yaml:96:7: missing required key 'source' in a relapse cut-off (or mark it status: provisional with a reason)
tests/data/bad-rules/trd-adherence.yaml:67:23: 'inadequate_adherence': unknown value "sometimes" (expected one of: full, partial, poor, unknown)
tests/data/bad-rules/trd-pdc.yaml:66:24: 'min_pdc': 80 is out of range (0 to 1)
--- status
3
