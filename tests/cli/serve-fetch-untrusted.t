# Without --trust no caller is authenticated, so fhirServer is never
# fetched from: 412 with the reason, and the FHIR server receives nothing.
$ sh tests/serve/run.sh fetch_untrusted
--- stdout
no --trust: 412 {"error":"prefetch not fulfilled: patient, medicationRequests, medicationDispenses, medicationStatements, phq9, conditions, procedures (send null for \"queried, nothing\"), and not fetched: fhirServer is fetched from only for a caller whose JWT verified (the server runs without --trust)"}
no --trust, one key absent: 412 {"error":"prefetch not fulfilled: phq9 (send null for \"queried, nothing\"), and not fetched: fhirServer is fetched from only for a caller whose JWT verified (the server runs without --trust)"}
the FHIR server received 0 requests
server exit 0
tpath serve: no --trust given: every caller is trusted (no JWT is checked)
tpath serve: listening on http://127.0.0.1:PORT
      2 tpath serve: POST /cds-services/tpath-depression-pathway 412 N ms
tpath serve: SIGTERM: finishing the requests in flight
tpath serve: stopped
