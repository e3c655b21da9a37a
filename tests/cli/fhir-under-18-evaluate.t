# A 16-year-old imported from FHIR (tests/fhir/shapes/phq9-shapes.json,
# PHQ-9M scores) is outside the adult guidelines' scope: the evaluation
# status is out-of-scope (CANMAT `scope`: under adult_min_age).
$ tpath evaluate --from fhir --format json tests/fhir/shapes/phq9-shapes.json 2>/dev/null | grep -o '"status": *"[a-z-]*"' | head -1
--- stdout
"status": "out-of-scope"
