# Two earlier episodes and the current one: F33.2 in remission
# (clinicalStatus remission, 2019) and 370143000 resolved (2021) are not
# active episodes; the episode starts at the onset of the latest active
# diagnosis, F33.1 on 2024-09-01, and takes its severity (moderate).  A
# Condition that is not a diagnosis of the table (hypertension) is not read.
$ tpath import fhir tests/fhir/diagnoses/episodes.json
--- stdout
tpath: history/1
id: fhir-import
as_of: 2024-11-25
patient:
  age: 49
  sex: female
episode:
  start: 2024-09-01
  severity: moderate
treatments:
- drug: sertraline
  start: 2024-09-16
  doses:
  - date: 2024-09-16
    mg_per_day: 50
measures:
- date: 2024-09-16
  scale: phq9
  score: 17
- date: 2024-11-25
  scale: phq9
  score: 12
--- stderr
tpath: warning: Condition/old-episode: ICD-10-CM F33.2 "Major depressive disorder, recurrent severe without psychotic features" has clinicalStatus remission: not an active episode
tpath: warning: Condition/resolved-episode: SNOMED CT 370143000 "Major depressive disorder" has clinicalStatus resolved: not an active episode
