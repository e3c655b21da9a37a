# An import with no usable medication, score or procedure fails (exit 3)
# rather than writing a history of nothing: here a PHQ-9 with status
# unknown and a drug outside the catalog; the summary says what was left
# out and why.  The second import cuts every event away with --as-of.
$ tpath import fhir tests/fhir/nothing-clinical.json; echo "status $?"; tpath import fhir --as-of 2020-01-01 tests/fhir/dispense.json 2>&1 >/dev/null | tail -2
--- stdout
status 3
tpath: warning: summary: 7 records left out: 7 after as_of
nothing to import: no usable depression medication, score or procedure of the patient on or before 2020-01-01 (7 records left out, counted in the summary)
--- stderr
tpath: warning: Observation/unknown: phq9 result with status unknown, not final, amended or corrected: not a score, left out
tpath: warning: MedicationRequest/ibuprofen: medication "Ibuprofen 200 MG Oral Tablet" is not in the drug catalog, left out
tpath: warning: summary: 2 records left out: 1 scores not final, amended or corrected; 1 medicines not in the drug catalog
nothing to import: no usable depression medication, score or procedure of the patient (2 records left out, counted in the summary)
