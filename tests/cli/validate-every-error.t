# validate reports every independent error of a history in one run, in
# file order, each as file:line:column: message: a part (a treatment, a
# measure, a flag, one field of the patient, the episode or the top level)
# stops at its own first error and the next part is read.  The first file
# has the three mistakes of issue 19, each with its hint; the second one
# error in every kind of part.  Exit status 3, as for one error.
$ tpath validate tests/data/validate/three-mistakes.yaml tests/data/validate/independent.yaml docs/examples/demo-0001.yaml
--- stdout
docs/examples/demo-0001.yaml: ok (history/1)
--- stderr
tests/data/validate/three-mistakes.yaml:8:11: 'flags': unknown flag 'suicidal'; did you mean 'high-suicide-risk'? (known flags: hepatic-impairment, cyp2c19-poor-metabolizer, cyp2c19-inhibitor, pregnant, bipolar-history, high-suicide-risk, catatonia)
tests/data/validate/three-mistakes.yaml:12:11: 'drug': 'sertraline 100mg' has a dose in the drug's name; write 'drug: sertraline' and the dose under 'doses', in mg per day from a date on: 'doses: [{date: 2024-01-01, mg_per_day: 100}]'
tests/data/validate/three-mistakes.yaml:14:19: 'intervention': unknown value 'CBT' (history/1 knows ect, rtms, tdcs, vns, psychotherapy); a psychotherapy is written 'intervention: psychotherapy' with its kind: 'kind: CBT'
tests/data/validate/independent.yaml:6:5: 'id': "bad id!" is not a valid id (1-64 characters of A-Z, a-z, 0-9, '.', '_', '-')
tests/data/validate/independent.yaml:7:8: 'as_of': 2024-13-01 is not a calendar date (month 13 does not exist)
tests/data/validate/independent.yaml:8:16: 'age': 95 is not allowed; ages over 89 are written 90 (HIPAA safe harbor)
tests/data/validate/independent.yaml:8:25: 'sex': unknown value "f" (expected one of: female, male, other, unknown)
tests/data/validate/independent.yaml:8:46: 'flags': 'pregnant' is listed twice
tests/data/validate/independent.yaml:9:40: 'severity': unknown value "very" (expected one of: subsyndromal, mild, moderate, severe, severe-psychotic)
tests/data/validate/independent.yaml:11:49: 'stop': 2024-01-02 is before the course's start 2024-01-05
tests/data/validate/independent.yaml:13:24: a treatment has either 'drug' or 'intervention', not both
tests/data/validate/independent.yaml:16:31: 'scale': unknown scale 'phq-9'; did you mean 'phq9'?
tests/data/validate/independent.yaml:18:12: unknown drug 'ibuprofenn': not in the drug catalog
tests/data/validate/independent.yaml:19:1: unknown key 'note' in a history/1 document; did you mean 'notes'?
--- status
3
