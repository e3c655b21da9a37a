# A dispense of an interacting drug (tramadol, and Adderall, an alias of
# amphetamine) is not a drug course: the importer, which writes no
# concomitant medicines, leaves it out with a warning naming it, and the
# escitalopram fills still import.
$ tpath import fhir tests/fhir/interacting.json > /tmp/tpath-fint.$$ 2> /tmp/tpath-fint-err.$$; echo "status $?"; cat /tmp/tpath-fint-err.$$; grep -c 'drug:' /tmp/tpath-fint.$$; grep 'drug:' /tmp/tpath-fint.$$; rm -f /tmp/tpath-fint.$$ /tmp/tpath-fint-err.$$
--- stdout
status 0
tpath: warning: MedicationDispense/d8: tramadol is not a depression treatment (an interacting drug; the importer writes no concomitant medicines), left out
tpath: warning: MedicationDispense/d9: amphetamine is not a depression treatment (an interacting drug; the importer writes no concomitant medicines), left out
tpath: warning: Condition/c7: ICD-10-CM F33.1 "Major depressive disorder, recurrent, moderate" has no clinicalStatus: taken as active
tpath: warning: summary: 2 records left out: 2 medicines that are not depression treatments
1
- drug: escitalopram
