# A dispense of an interacting drug (tramadol, and Adderall, an alias of
# amphetamine) is not a drug course: it is written under concomitant
# (fhir.yaml; tests/cli/fhir-concomitant.t shows the whole document), and
# the escitalopram fills still import as the one course.
$ tpath import fhir tests/fhir/interacting.json > /tmp/tpath-fint.$$ 2> /tmp/tpath-fint-err.$$; echo "status $?"; cat /tmp/tpath-fint-err.$$; sed -n '/^treatments:/,/^measures:/p' /tmp/tpath-fint.$$ | grep -c 'drug:'; sed -n '/^concomitant:/,$p' /tmp/tpath-fint.$$; rm -f /tmp/tpath-fint.$$ /tmp/tpath-fint-err.$$
--- stdout
status 0
tpath: warning: Condition/c7: ICD-10-CM F33.1 "Major depressive disorder, recurrent, moderate" has no clinicalStatus: taken as active
1
concomitant:
- drug: amphetamine
  start: 2024-02-15
  stop: 2024-02-24
- drug: tramadol
  start: 2024-02-10
  stop: 2024-02-19
