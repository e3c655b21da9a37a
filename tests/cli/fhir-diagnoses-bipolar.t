# A bipolar diagnosis, of any status (here 12969000, bipolar II in full
# remission, since 2015), sets patient.flags bipolar-history; the active
# F33.1 still starts the episode.  Evaluated under CANMAT (the default)
# the history is out of scope, and the safety rules warn about an
# antidepressant alone.
$ tpath import fhir tests/fhir/diagnoses/bipolar.json | sed -n '/^patient:/,/^treatments:/p'; tpath evaluate --from fhir tests/fhir/diagnoses/bipolar.json 2>/dev/null | grep -E 'status: |outside-guideline-scope|critical'
--- stdout
patient:
  age: 49
  sex: female
  flags:
  - bipolar-history
episode:
  start: 2024-09-01
  severity: moderate
treatments:
Most severe warning: critical bipolar-antidepressant-monotherapy: bipolar
  critical bipolar-antidepressant-monotherapy: bipolar history and sertraline
  step: none; status: out-of-scope
  warning outside-guideline-scope: bipolar history: CANMAT 2023 covers
--- stderr
tpath: warning: Condition/bipolar: bipolar disorder, SNOMED CT 12969000 "Severe bipolar II disorder, most recent episode major depressive, in full remission (disorder)": the patient flag bipolar-history
