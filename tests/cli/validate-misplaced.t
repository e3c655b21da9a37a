# Two hints issue 19 asked for that were missing (validate): a key of
# 'patient' or 'episode' written at the top of a history says where it
# belongs, and a misspelt drug written with its dose ('sertralin 100mg')
# says which drug was meant and where the dose goes.  A name close to no
# drug ('zzz 100mg') and a top-level key close to no key ('flag') keep the
# plain messages.  Exit status 3.
$ tpath validate tests/data/validate/misplaced.yaml
--- stderr
tests/data/validate/misplaced.yaml:6:1: 'flags' is not a key of a history/1 document; it belongs under 'patient:', as in 'patient: {flags: ...}'
tests/data/validate/misplaced.yaml:7:1: 'age' is not a key of a history/1 document; it belongs under 'patient:', as in 'patient: {age: ...}'
tests/data/validate/misplaced.yaml:8:1: 'severity' is not a key of a history/1 document; it belongs under 'episode:', as in 'episode: {severity: ...}'
tests/data/validate/misplaced.yaml:11:12: 'drug': 'sertralin 100mg' has a dose in the drug's name, and 'sertralin' is not in the drug catalog (did you mean 'sertraline'?); write 'drug: sertraline' and the dose under 'doses', in mg per day from a date on: 'doses: [{date: 2024-01-01, mg_per_day: 100}]'
tests/data/validate/misplaced.yaml:12:12: 'drug': 'citalopran 20 mg/day' has a dose in the drug's name, and 'citalopran' is not in the drug catalog (did you mean 'citalopram' or 'escitalopram'?); write 'drug: NAME' and the dose under 'doses', in mg per day from a date on: 'doses: [{date: 2024-02-01, mg_per_day: 20}]'
tests/data/validate/misplaced.yaml:13:12: unknown drug 'zzz 100mg': not in the drug catalog
tests/data/validate/misplaced.yaml:14:1: unknown key 'flag' in a history/1 document (expected one of: tpath, id, as_of, patient, episode, treatments, measures, concomitant, notes)
--- status
3
