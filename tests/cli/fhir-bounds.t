# timing.repeat.boundsPeriod (ehr-facts.md) bounds an order: a stopped
# escitalopram order written 2025-01-02 ran 2025-01-05 to 2025-03-01; a
# statement with no effective date runs over its dosage's bounds.
$ tpath import fhir tests/fhir/shapes/bounds.json; echo "status $?"
--- stdout
tpath: history/1
id: fhir-import
as_of: 2025-05-04
patient:
  age: 49
  sex: female
episode:
  start: 2025-01-01
  severity: moderate
treatments:
- drug: duloxetine
  start: 2025-03-10
  stop: 2025-05-04
  doses:
  - date: 2025-03-10
    mg_per_day: 60
- drug: escitalopram
  start: 2025-01-05
  stop: 2025-03-01
  doses:
  - date: 2025-01-05
    mg_per_day: 10
measures: []
status 0
--- stderr
tpath: warning: Condition/c4: ICD-10-CM F32.1 "Major depressive disorder, single episode, moderate" has no clinicalStatus: taken as active
