# A diagnosis whose verificationStatus is refuted or entered-in-error is
# left out and counted in the summary: the later refuted F32.2 does not
# start the episode (the F32.1 of 2024-06-01 does) and the bipolar
# diagnosis entered in error sets no flag.
$ tpath import fhir tests/fhir/diagnoses/refuted.json
--- stdout
tpath: history/1
id: fhir-import
as_of: 2024-11-01
patient:
  age: 49
  sex: female
episode:
  start: 2024-06-01
  severity: moderate
treatments:
- drug: sertraline
  start: 2024-06-16
  doses:
  - date: 2024-06-16
    mg_per_day: 50
measures:
- date: 2024-06-16
  scale: phq9
  score: 16
- date: 2024-11-01
  scale: phq9
  score: 10
--- stderr
tpath: warning: Condition/refuted: depression diagnosis F32.2 with verificationStatus refuted, left out
tpath: warning: Condition/error: bipolar diagnosis 10981006 with verificationStatus entered-in-error, left out
tpath: warning: summary: 2 records left out: 2 diagnoses refuted or entered in error
