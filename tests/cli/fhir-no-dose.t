# A medication record without a readable dose is a course without doses,
# never dropped: fills with only the drug, whenHandedOver and daysSupply (as
# in CMS128) become a course with `fills`; an order without dosage (CMS2)
# an open course; a concentration (10 MG/ML) is no tablet strength.  A
# unitless doseQuantity {value: 1} of "Sertraline 100MG" (Synthea) is 100
# mg.  Stopped orders without an end end the day before the next record of
# the drug, else on their first day, with a warning saying so.  An order with
# doNotPerform is left out.
$ tpath import fhir tests/fhir/no-dose.json
--- stdout
tpath: history/1
id: fhir-import
as_of: 2024-04-01
patient:
  age: 49
  sex: female
episode:
  start: 2023-01-10
treatments:
- drug: citalopram
  start: 2023-01-10
  stop: 2023-01-29
- drug: desipramine
  start: 2024-01-05
  stop: 2024-03-06
  fills:
  - date: 2024-01-05
    days: 30
  - date: 2024-02-06
    days: 30
- drug: fluoxetine
  start: 2024-03-01
- drug: mirtazapine
  start: 2023-06-01
  stop: 2023-07-01
  doses:
  - date: 2023-06-01
    mg_per_day: 15
  - date: 2023-07-01
    mg_per_day: 30
- drug: sertraline
  start: 2024-04-01
  doses:
  - date: 2024-04-01
    mg_per_day: 100
measures: []
--- stderr
tpath: warning: MedicationDispense/fill-1: no dosage, and no quantity of a known strength: a fill without a dose
tpath: warning: MedicationDispense/fill-2: no dosage, and no quantity of a known strength: a fill without a dose
tpath: warning: MedicationRequest/order-no-dosage: no dosage: a course without doses
tpath: warning: MedicationRequest/do-not: doNotPerform: an order not to give it, left out
tpath: warning: MedicationRequest/solution: dose 1 without a unit cannot be read as mg: a course without doses
tpath: warning: Condition: no-diagnosis: no depression diagnosis on or before as_of: the episode starts at the first treatment or score
tpath: warning: MedicationRequest/stopped-1: status stopped without an end date: assumed to end on 2023-06-30, the day before the next record of the drug
tpath: warning: MedicationRequest/stopped-2: status stopped without an end date: assumed to end on 2023-07-01, the day it starts (no later record of the drug)
tpath: warning: summary: 1 record left out: 1 orders not to give a drug (doNotPerform)
