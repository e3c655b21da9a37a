# A stimulant whose reasonCode is a depression diagnosis (F33.2) stays a
# course (fhir.yaml `concomitant`), and a text naming dextromethorphan and
# bupropion is the catalog's combination dextromethorphan-bupropion, not
# cough medicine (issue 15).
$ tpath import fhir tests/fhir/shapes/stimulant-for-depression.json; echo "status $?"
--- stdout
tpath: history/1
id: fhir-import
as_of: 2025-02-03
patient:
  age: 59
  sex: female
episode:
  start: 2024-09-01
  severity: severe
treatments:
- drug: dextromethorphan-bupropion
  start: 2025-02-03
- drug: methylphenidate
  start: 2024-12-02
  doses:
  - date: 2024-12-02
    mg_per_day: 20
- drug: venlafaxine
  start: 2024-09-02
  doses:
  - date: 2024-09-02
    mg_per_day: 150
measures: []
status 0
--- stderr
tpath: warning: MedicationRequest/m-auvelity: no dosage: a course without doses
tpath: warning: Condition/c2: ICD-10-CM F33.2 "Major depressive disorder, recurrent severe without psychotic features" has no clinicalStatus: taken as active
