# tpath import fhir: a Bundle of every mapped resource type and value form
# (valueInteger, valueQuantity, valueString), RxNorm codes with tablet
# strengths, a statement and an order merged into one course; what cannot
# be mapped is reported and left out.
$ tpath import fhir tests/fhir/bundle.json
--- stdout
tpath: history/1
id: fhir-import
as_of: 2025-03-03
patient:
  age: 47
  sex: female
episode:
  start: 2024-09-01
treatments:
- drug: sertraline
  start: 2024-09-16
  stop: 2024-12-01
  doses:
  - date: 2024-09-16
    mg_per_day: 50
  - date: 2024-09-30
    mg_per_day: 100
- drug: venlafaxine
  start: 2024-12-02
  doses:
  - date: 2024-12-02
    mg_per_day: 75
  - date: 2024-12-16
    mg_per_day: 150
measures:
- date: 2024-09-16
  scale: phq9
  score: 19
- date: 2024-10-14
  scale: phq9
  score: 18
- date: 2024-11-25
  scale: phq9
  score: 17
- date: 2024-12-30
  scale: phq9
  score: 15
- date: 2025-03-03
  scale: phq9
  score: 13
--- stderr
tpath: warning: MedicationRequest/mr9: status cancelled, left out
tpath: warning: Observation/o9: belongs to another patient (Patient/p2), left out
tpath: warning: Observation/o10: phq9 score 31 is out of range (0-27), left out
tpath: warning: MedicationRequest/mr10: medication "aspirin 81 MG Oral Tablet" is not in the drug catalog, left out
tpath: warning: MedicationRequest/mr11: dose 5 mL cannot be read as mg: a course without doses
tpath: warning: Condition/c1: SNOMED CT 370143000 "Major depressive disorder" has no clinicalStatus: taken as active
tpath: warning: summary: 4 records left out: 1 of another patient; 1 with an unusable status (entered-in-error, cancelled, ...); 1 medicines not in the drug catalog; 1 scores without a whole-number value in range
