# Without --insecure, fhirServer over http is not fetched, not even from
# loopback; without a JWT the call is refused before anything else.  The
# FHIR server receives nothing.
$ sh tests/serve/run.sh fetch_refused --trust https://ehr-a.example=tests/serve/keys/a.jwks
--- stdout
http to loopback without --insecure: 412 {"error":"prefetch not fulfilled: patient, medicationRequests, medicationDispenses, medicationStatements, phq9, conditions, procedures (send null for \"queried, nothing\"), and not fetched: 'fhirServer' is fetched only over https"}
no JWT: 401 {"error":"no Authorization header: this service needs \"Authorization: Bearer <JWT>\""}
the FHIR server received 0 requests
server exit 0
tpath serve: trusting issuer https://ehr-a.example: 2 keys from tests/serve/keys/a.jwks
tpath serve: service calls need a JWT whose "aud" is http://127.0.0.1:PORT/cds-services/...
tpath serve: listening on http://127.0.0.1:PORT
      1 tpath serve: POST /cds-services/tpath-depression-pathway 401 N ms
      1 tpath serve: POST /cds-services/tpath-depression-pathway 412 N ms iss=https://ehr-a.example
tpath serve: SIGTERM: finishing the requests in flight
tpath serve: stopped
