# The three input forms give the same history: a Bundle, NDJSON (as the
# Bulk Data export writes it), and a folder of one resource per file.
$ tpath import fhir tests/fhir/bundle.json > /tmp/tpath-f1.$$ 2>/dev/null; tpath import fhir tests/fhir/bulk.ndjson 2>/dev/null | cmp - /tmp/tpath-f1.$$ && tpath import fhir tests/fhir/folder 2>/dev/null | cmp - /tmp/tpath-f1.$$ && echo same; rm -f /tmp/tpath-f1.$$
--- stdout
same
