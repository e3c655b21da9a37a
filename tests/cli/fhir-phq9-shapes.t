# PHQ-9 in every shape ehr-facts.md lists: the total (44261-6); the panel
# 44249-1 with the total as a component, or as its own value; PHQ-9M for
# teens (89204-2, its panel 89206-7) recorded as phq9 with a note said
# once.  A panel with only item answers has no total and is left out with
# a warning; a panel and a total Observation of the same administration
# (same day and value) are one score; a preliminary panel is not a score.
# The patient is 16: the import says she is outside the adult guidelines'
# scope, and the evaluation is out-of-scope (guidelines' `scope`).
$ tpath import fhir tests/fhir/shapes/phq9-shapes.json; echo "status $?"
--- stdout
tpath: history/1
id: fhir-import
as_of: 2025-04-28
patient:
  age: 16
  sex: female
episode:
  start: 2025-01-01
  severity: moderate
treatments:
- drug: fluoxetine
  start: 2025-01-06
  doses:
  - date: 2025-01-06
    mg_per_day: 20
measures:
- date: 2025-01-06
  scale: phq9
  score: 18
- date: 2025-02-03
  scale: phq9
  score: 14
- date: 2025-03-03
  scale: phq9
  score: 9
- date: 2025-03-31
  scale: phq9
  score: 7
- date: 2025-04-28
  scale: phq9
  score: 5
status 0
--- stderr
tpath: warning: Observation/panel-items-only: phq9 panel without a total (no component 44261-6 and no value of its own), left out
tpath: warning: Observation/teen-total: PHQ-9 modified for teens; recorded as phq9 (same 0-27 total)
tpath: warning: Observation/panel-preliminary: phq9 result with status preliminary, not final, amended or corrected: not a score, left out
tpath: warning: Condition/c5: ICD-10-CM F32.1 "Major depressive disorder, single episode, moderate" has no clinicalStatus: taken as active
tpath: warning: Patient: out-of-scope: the patient is 16 at as_of; the guidelines are for adults aged 18 and over, so an evaluation gives no recommendation
tpath: warning: summary: 3 records left out: 1 scores not final, amended or corrected; 1 scores without a whole-number value in range; 1 scores met twice (same scale, day and value: a panel and its total)
