# The numbers and lists of fhir/1 outside the code tables are checked when
# they load (a --data-dir copy of guidelines/ with one line changed), with
# the file's line and column: gap_days outside 0-3650 days (a huge value
# would overflow the day arithmetic), adult_age outside 0-130, a
# concomitant drug the catalog does not know, and 'total' on a procedure
# entry.
$ d=/tmp/tpath-fnum.$$; for edit in '250s/value: 30/value: 9999999999999/' '250s/value: 30/value: -40/' '271s/value: 18/value: 180/' '263s/lisdexamfetamine/lisdexamphetamine/' 's/{system: "http:\/\/www.ama-assn.org\/go\/cpt", code: "90870", intervention: ect,/{system: "http:\/\/www.ama-assn.org\/go\/cpt", code: "90870", total: "1", intervention: ect,/'; do rm -rf $d; mkdir $d && cp guidelines/*.yaml $d/ && sed -i "$edit" $d/fhir.yaml && tpath import fhir --data-dir $d tests/fhir/bundle.json >/dev/null 2>$d.err; echo "exit $?"; sed "s#^$d/##" $d.err; done; rm -rf $d $d.err
--- stdout
exit 3
fhir.yaml:250:10: 'value': 9999999999999 is out of range (0 to 3650)
exit 3
fhir.yaml:250:10: 'value': -40 is out of range (0 to 3650)
exit 3
fhir.yaml:271:10: 'value': 180 is out of range (0 to 130)
exit 3
fhir.yaml:263:28: 'drugs': 'lisdexamphetamine' is not in the drug catalog
exit 3
fhir.yaml:227:70: 'total' belongs to a scale entry only
