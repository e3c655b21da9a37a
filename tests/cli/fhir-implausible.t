# A dispense whose quantity makes an impossible daily dose (1e300 tablets)
# is left out with a warning naming it, not written as an exponent the
# history format would refuse; the other fills still import.
$ tpath import fhir tests/fhir/implausible-dose.json > /tmp/tpath-fi.$$ 2> /tmp/tpath-fi-err.$$; echo "status $?"; head -1 /tmp/tpath-fi-err.$$; grep -c 'drug: escitalopram' /tmp/tpath-fi.$$; rm -f /tmp/tpath-fi.$$ /tmp/tpath-fi-err.$$
--- stdout
status 0
tpath: warning: MedicationDispense/d1: dose of 3.33333e+299 mg/day cannot be a daily dose: a fill without a dose
2
