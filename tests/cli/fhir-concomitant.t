# Medicines that matter for safety but are not taken for depression go to
# the history's concomitant, never to courses (issue 15; ehr-facts.md
# "Synthea specifics"): dextromethorphan cough syrup, a tramadol fill and
# linezolid (the catalog's interacting drugs), and methylphenidate ordered
# without a depression reason (fhir.yaml `concomitant`, provisional: it says
# so in a warning).  The history runs to the last of them (as_of
# 2025-03-10), and the evaluation warns of linezolid with sertraline and
# with methylphenidate (safety.yaml, MAOI contraindications).
$ tpath import fhir tests/fhir/shapes/concomitant.json; echo "status $?"
--- stdout
tpath: history/1
id: fhir-import
as_of: 2025-03-10
patient:
  age: 54
  sex: female
episode:
  start: 2025-01-01
  severity: moderate
treatments:
- drug: sertraline
  start: 2025-01-06
  doses:
  - date: 2025-01-06
    mg_per_day: 50
measures:
- date: 2025-01-06
  scale: phq9
  score: 17
concomitant:
- drug: dextromethorphan
  start: 2025-02-03
  stop: 2025-02-03
- drug: linezolid
  start: 2025-03-01
  stop: 2025-03-10
- drug: methylphenidate
  start: 2025-02-15
- drug: tramadol
  start: 2025-02-10
  stop: 2025-02-19
status 0
--- stderr
tpath: warning: MedicationRequest/m-adhd: methylphenidate: no record of it gives a depression diagnosis as its reason: written under concomitant, not as a course
tpath: warning: Condition/c1: ICD-10-CM F32.1 "Major depressive disorder, single episode, moderate" has no clinicalStatus: taken as active
tpath: warning: MedicationRequest/m-cough: status stopped without an end date: assumed to end on 2025-02-03, the day it starts (no later record of the drug)
