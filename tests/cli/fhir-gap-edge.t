# The gap rule at its edge (gap_days 30): a first fill of 2024-01-01 with 30
# days' supply covers 01-01 to 01-30.  A refill on 2024-03-01 leaves 30
# uncovered days (01-31 and the 29 days of February 2024): one course.  A
# refill on 2024-03-02 leaves 31: a second course.
$ tpath import fhir tests/fhir/gap-30.ndjson && tpath import fhir tests/fhir/gap-31.ndjson
--- stdout
tpath: history/1
id: fhir-import
as_of: 2024-03-30
episode:
  start: 2023-12-15
  severity: moderate
treatments:
- drug: escitalopram
  start: 2024-01-01
  doses:
  - date: 2024-01-01
    mg_per_day: 10
  fills:
  - date: 2024-01-01
    days: 30
  - date: 2024-03-01
    days: 30
measures: []
tpath: history/1
id: fhir-import
as_of: 2024-03-31
episode:
  start: 2023-12-15
  severity: moderate
treatments:
- drug: escitalopram
  start: 2024-01-01
  stop: 2024-01-30
  doses:
  - date: 2024-01-01
    mg_per_day: 10
  fills:
  - date: 2024-01-01
    days: 30
- drug: escitalopram
  start: 2024-03-02
  doses:
  - date: 2024-03-02
    mg_per_day: 10
  fills:
  - date: 2024-03-02
    days: 30
measures: []
--- stderr
tpath: warning: Condition/c8: ICD-10-CM F32.1 "Major depressive disorder, single episode, moderate" has no clinicalStatus: taken as active
tpath: warning: Condition/c8: ICD-10-CM F32.1 "Major depressive disorder, single episode, moderate" has no clinicalStatus: taken as active
