# The conditions table of fhir/1 is checked when it loads (here from a
# --data-dir copy of guidelines/ with one entry broken; positions cut off):
# a diagnosis kind outside the list, a severity outside history/1's, a
# severity on a bipolar entry, and an entry without a diagnosis.
$ d=/tmp/tpath-fmap.$$; for edit in 's/prefix: "F31", diagnosis: bipolar,/prefix: "F31", diagnosis: manic,/' 's/severity: mild,/severity: mid,/' 's/prefix: "F31", diagnosis: bipolar,/prefix: "F31", diagnosis: bipolar, severity: severe,/' 's/prefix: "F31", diagnosis: bipolar,/prefix: "F31",/'; do rm -rf $d; mkdir $d && cp guidelines/*.yaml $d/ && sed -i "$edit" $d/fhir.yaml && tpath import fhir --data-dir $d tests/fhir/diagnoses/none.json 2>&1 | sed 's/^.*fhir\.yaml:[0-9]*:[0-9]*: //'; done; rm -rf $d
--- stdout
'diagnosis': unknown value "manic" (expected one of: depression, dysthymia, bipolar, psychotic-disorder, personality-disorder, pervasive-developmental-disorder)
'severity': unknown value "mid"; did you mean 'mild'?
'severity' and 'remission' belong to a depression entry
a condition entry needs 'diagnosis' and 'code' or 'prefix' (never 'text')
