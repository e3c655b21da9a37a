# A dispense whose quantity makes an impossible daily dose (1e300 tablets)
# is left out with a warning naming it, not written as an exponent the
# history format would refuse; the other fills still import.
$ tpath import fhir tests/fhir/implausible-dose.json 2>&1 >/dev/null | head -1; tpath import fhir tests/fhir/implausible-dose.json 2>/dev/null | grep -c 'drug: escitalopram'
--- stdout
tpath: warning: MedicationDispense/d1: dose of 3.33333e+299 mg/day cannot be a daily dose, left out
2
