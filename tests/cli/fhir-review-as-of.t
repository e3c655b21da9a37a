# Found in review: records after --as-of do not change the history as of
# that day.  A stopped sertraline order without an end (2025-01-01) and a
# second order dated 2026-01-01: as of 2025-03-01 the first order ends the
# day it starts (the later record is not yet known), as it does without
# the second order.
$ tpath import fhir --as-of 2025-03-01 tests/fhir/review/e_future2.json 2>&1 | grep -E 'stop:|assumed|after as_of'
--- stdout
tpath: warning: MedicationRequest/m1: status stopped without an end date: assumed to end on 2025-01-01, the day it starts (no later record of the drug)
tpath: warning: summary: 1 record left out: 1 after as_of
  stop: 2025-01-01
