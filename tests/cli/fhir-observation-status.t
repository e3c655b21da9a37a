# Only final, amended and corrected results are scores: a PHQ-9 that is
# preliminary, unknown (as in CMS159), cancelled or without a status is left
# out with a warning and counted in the summary.
$ tpath import fhir tests/fhir/observation-status.json
--- stdout
tpath: history/1
id: fhir-import
as_of: 2024-03-01
patient:
  age: 58
  sex: male
episode:
  start: 2024-01-01
treatments: []
measures:
- date: 2024-01-01
  scale: phq9
  score: 21
- date: 2024-02-01
  scale: phq9
  score: 18
- date: 2024-03-01
  scale: phq9
  score: 15
--- stderr
tpath: warning: Observation/preliminary: phq9 result with status preliminary, not final, amended or corrected: not a score, left out
tpath: warning: Observation/unknown: phq9 result with status unknown, not final, amended or corrected: not a score, left out
tpath: warning: Observation/cancelled: phq9 result with status cancelled, not final, amended or corrected: not a score, left out
tpath: warning: Observation/no-status: phq9 result with status missing, not final, amended or corrected: not a score, left out
tpath: warning: Condition: no-diagnosis: no depression diagnosis on or before as_of: the episode starts at the first treatment or score
tpath: warning: summary: 4 records left out: 4 scores not final, amended or corrected
