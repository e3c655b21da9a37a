# Procedures become ECT, rTMS or psychotherapy by code (CPT 90870, 90868)
# or by whole words of their text ("ECT, right unilateral", "Cognitive
# behavioural therapy"), never by a substring: injection, subject (prone
# position), infection, -ectomy, rectum, cardioversion, magnetic resonance
# imaging and protection stay out.
$ tpath import fhir tests/fhir/procedures.json
--- stdout
tpath: history/1
id: fhir-import
as_of: 2024-05-01
patient:
  age: 53
  sex: female
episode:
  start: 2024-02-01
treatments:
- intervention: ect
  start: 2024-04-01
  stop: 2024-04-01
- intervention: rtms
  start: 2024-05-01
  stop: 2024-05-01
- intervention: ect
  start: 2024-04-03
  stop: 2024-04-03
- intervention: psychotherapy
  start: 2024-02-01
  kind: cbt
  stop: 2024-02-01
measures: []
--- stderr
tpath: warning: Procedure/text-ect: ect recognised by the words "ECT" in its text (matched on whole words of the text)
tpath: warning: Procedure/text-cbt: psychotherapy recognised by the words "cognitive behavioural" in its text (matched on whole words of the text)
tpath: warning: Condition: no-diagnosis: no depression diagnosis on or before as_of: the episode starts at the first treatment or score
