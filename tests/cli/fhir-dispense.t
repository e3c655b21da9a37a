# Successive dispenses of one drug merge into one course while the next
# fill comes within gap_days (30) of the end of the previous supply: fills
# of 2024-01-01, -01-31 (60 tablets: 20 mg/day) and -03-20 (19 days after the
# supply ran out) are one course to 2024-04-18; 2024-06-01 (44 days) starts
# a new one.  mg/day = quantity x strength / days supply.  ICD-10 F33.1
# gives the episode's start; an ECT procedure is matched on its text.
$ tpath import fhir tests/fhir/dispense.json
--- stdout
tpath: history/1
id: fhir-import
as_of: 2024-07-29
patient:
  age: 64
  sex: male
episode:
  start: 2023-12-01
  severity: moderate
treatments:
- drug: escitalopram
  start: 2024-01-01
  stop: 2024-04-18
  doses:
  - date: 2024-01-01
    mg_per_day: 10
  - date: 2024-01-31
    mg_per_day: 20
  - date: 2024-03-20
    mg_per_day: 10
  fills:
  - date: 2024-01-01
    days: 30
  - date: 2024-01-31
    days: 30
  - date: 2024-03-20
    days: 30
- drug: escitalopram
  start: 2024-06-01
  doses:
  - date: 2024-06-01
    mg_per_day: 10
  fills:
  - date: 2024-06-01
    days: 30
- intervention: ect
  start: 2024-07-01
  stop: 2024-07-29
measures:
- date: 2024-01-01
  scale: phq9
  score: 20
--- stderr
tpath: warning: Procedure/pr7: ect recognised by the words "electroconvulsive" in its text (matched on whole words of the text)
tpath: warning: Condition/c7: ICD-10-CM F33.1 "Major depressive disorder, recurrent, moderate" has no clinicalStatus: taken as active
