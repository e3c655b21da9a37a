# Ages over 89 are written 90 (HIPAA safe harbor): a patient born in 1920,
# evaluated as of 2024; the birth date itself is not written.  '-' reads
# standard input.
$ tpath import fhir - > /tmp/tpath-fac.$$; echo "status $?"; sed -n '4,6p' /tmp/tpath-fac.$$; rm -f /tmp/tpath-fac.$$
--- stdin
{"resourceType": "Bundle", "type": "collection", "entry": [
 {"resource": {"resourceType": "Patient", "id": "old", "birthDate": "1920-05-05", "gender": "male"}},
 {"resource": {"resourceType": "Observation", "id": "o", "status": "final", "subject": {"reference": "Patient/old"},
  "code": {"coding": [{"system": "http://loinc.org", "code": "44261-6"}]}, "effectiveDateTime": "2024-03-01", "valueInteger": 11}}]}
--- stdout
status 0
patient:
  age: 90
  sex: male
--- stderr
tpath: warning: Condition: no-diagnosis: no depression diagnosis on or before as_of: the episode starts at the first treatment or score
