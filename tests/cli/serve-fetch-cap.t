# The answers of the FHIR server count against --max-body together: over
# it, the fetch stops and the call gets 412.
$ sh tests/serve/run.sh fetch_cap --trust https://ehr-a.example=tests/serve/keys/a.jwks --insecure --max-body 2000
--- stdout
request: 412 bytes
answers over --max-body: 412 {"error":"fetching prefetch 'conditions' from fhirServer: the answers are over --max-body (2000 bytes)"}
the FHIR server received 6 requests
server exit 0
tpath serve: trusting issuer https://ehr-a.example: 2 keys from tests/serve/keys/a.jwks
tpath serve: service calls need a JWT whose "aud" is http://127.0.0.1:PORT/cds-services/...
tpath serve: listening on http://127.0.0.1:PORT
      1 tpath serve: POST /cds-services/tpath-depression-pathway 412 N ms iss=https://ehr-a.example
tpath serve: SIGTERM: finishing the requests in flight
tpath serve: stopped
