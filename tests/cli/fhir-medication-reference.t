# medicationReference (ehr-facts.md): to a contained Medication (#med1,
# RxNorm 312941, sertraline 50 mg a tablet), to a bundle entry by its
# urn:uuid fullUrl (fluoxetine; the strength from the Medication's one
# ingredient, 20 mg a capsule, so 2 capsules are 40 mg/day), and to a
# Medication not in the input (left out, counted in the summary).
$ tpath import fhir tests/fhir/shapes/medication-reference.json; echo "status $?"
--- stdout
tpath: history/1
id: fhir-import
as_of: 2025-02-10
patient:
  age: 45
  sex: female
episode:
  start: 2025-01-01
  severity: moderate
treatments:
- drug: fluoxetine
  start: 2025-02-10
  doses:
  - date: 2025-02-10
    mg_per_day: 40
- drug: sertraline
  start: 2025-01-06
  stop: 2025-02-02
  doses:
  - date: 2025-01-06
    mg_per_day: 50
measures: []
status 0
--- stderr
tpath: warning: MedicationRequest/r-missing: medicationReference Medication/not-here is not in the input, left out
tpath: warning: Condition/c3: ICD-10-CM F32.1 "Major depressive disorder, single episode, moderate" has no clinicalStatus: taken as active
tpath: warning: summary: 1 record left out: 1 medication records whose medicationReference is not in the input
