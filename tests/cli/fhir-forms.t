# The three input forms give the same history: a Bundle, NDJSON (as the
# Bulk Data export writes it), and a folder of one resource per file.
$ d=$(mktemp -d); for f in bundle.json bulk.ndjson folder; do tpath import fhir tests/fhir/$f > $d/$f.yaml 2>/dev/null; echo "$f: status $?"; done; head -n 1 $d/bundle.json.yaml; cmp $d/bulk.ndjson.yaml $d/bundle.json.yaml && cmp $d/folder.yaml $d/bundle.json.yaml && echo same; rm -rf $d
--- stdout
bundle.json: status 0
bulk.ndjson: status 0
folder: status 0
tpath: history/1
same
