# Found in review: loosely written dates ("2025- 1- 1", "2025-01-1x") are
# no dates; a subject URL of more than 255 characters still names the
# patient by its trailing Patient/id; an id of 288 characters ending in a
# two-byte character is not "out of memory" but a warning, and the record
# is read.
$ for f in h_dates i_longurl a_utf8; do echo "$f:"; out=$(tpath import fhir tests/fhir/review/$f.json 2>/tmp/tpath-rev.$$); echo "exit $?, scores $(printf '%s\n' "$out" | grep -c '^  score:')"; sed 's/x\{40,\}[^:]*:/LONG-ID:/' /tmp/tpath-rev.$$; done; rm -f /tmp/tpath-rev.$$
--- stdout
h_dates:
exit 3, scores 0
tpath: warning: Observation/o1: no usable date, left out
tpath: warning: Observation/o2: no usable date, left out
tpath: warning: Observation/o3: no usable date, left out
tpath: warning: summary: 3 records left out: 3 without a usable date
nothing to import: no usable depression medication, score or procedure of the patient (3 records left out, counted in the summary)
i_longurl:
exit 0, scores 2
tpath: warning: Condition/c1: SNOMED CT 370143000 "Major depressive disorder" has no clinicalStatus: taken as active
a_utf8:
exit 0, scores 2
tpath: warning: Observation/LONG-ID: an id of 288 characters (FHIR allows 64): not used to resolve references or find duplicates
tpath: warning: Condition/c1: SNOMED CT 370143000 "Major depressive disorder" has no clinicalStatus: taken as active
