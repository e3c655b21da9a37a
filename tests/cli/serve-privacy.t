# No name, birth date or identifier of the Patient in the request appears in
# the response or the access log (an eCQM case and a Synthea patient).
$ sh tests/serve/run.sh privacy
--- stdout
tests/fhir/real/ecqm/cms128/006165b0-ab24-4823-bcee-61d64ae5f581: 200; the request holds 4 names, birth date and identifiers; in the response or the log: 0
tests/fhir/real/synthea/238a58eb-31dc-4054-82ee-0651ee76f391.json: 200; the request holds 8 names, birth date and identifiers; in the response or the log: 0
server exit 0
tpath serve: no --trust given: every caller is trusted (no JWT is checked)
tpath serve: listening on http://127.0.0.1:PORT
      2 tpath serve: POST /cds-services/tpath-depression-pathway 200 N ms
tpath serve: SIGTERM: finishing the requests in flight
tpath serve: stopped
