# Prefetch the client left out, fetched from its fhirServer (a loopback
# FHIR server of the test, tests/serve/fhir_server.py, so http with
# --insecure) for a caller whose JWT verified: the same cards as the
# prefetched request (all keys fetched, two keys fetched, a Synthea patient
# whose searches come in pages), the queries of discovery with the bearer
# token exactly and no other credentials; each failure a 412 with its
# reason (timeout, 404, a redirect not followed, not JSON, no token, a
# token unfit for a header (400), a server not to be fetched from, one that
# refuses connections).
$ sh tests/serve/run.sh fetch --trust https://ehr-a.example=tests/serve/keys/a.jwks --insecure --fetch-timeout 4000
--- stdout
cms128, all fetched, prefetched: 200
cms128, all fetched, fetched: 200
cms128, all fetched: the same cards
the FHIR server received:
/fhir/Condition?patient=006165b0-ab24-4823-bcee-61d64ae5f581 headers: Accept, Authorization, Host; Authorization: Bearer tok-A1.b2_c~3+d/e=
/fhir/MedicationDispense?patient=006165b0-ab24-4823-bcee-61d64ae5f581 headers: Accept, Authorization, Host; Authorization: Bearer tok-A1.b2_c~3+d/e=
/fhir/MedicationRequest?patient=006165b0-ab24-4823-bcee-61d64ae5f581 headers: Accept, Authorization, Host; Authorization: Bearer tok-A1.b2_c~3+d/e=
/fhir/MedicationStatement?patient=006165b0-ab24-4823-bcee-61d64ae5f581 headers: Accept, Authorization, Host; Authorization: Bearer tok-A1.b2_c~3+d/e=
/fhir/Observation?patient=006165b0-ab24-4823-bcee-61d64ae5f581&code=http://loinc.org%7C44261-6,http://loinc.org%7C44249-1 headers: Accept, Authorization, Host; Authorization: Bearer tok-A1.b2_c~3+d/e=
/fhir/Patient/006165b0-ab24-4823-bcee-61d64ae5f581 headers: Accept, Authorization, Host; Authorization: Bearer tok-A1.b2_c~3+d/e=
/fhir/Procedure?patient=006165b0-ab24-4823-bcee-61d64ae5f581 headers: Accept, Authorization, Host; Authorization: Bearer tok-A1.b2_c~3+d/e=
cms128, phq9 and procedures fetched, prefetched: 200
cms128, phq9 and procedures fetched, fetched: 200
cms128, phq9 and procedures fetched: the same cards
the FHIR server received:
/fhir/Observation?patient=006165b0-ab24-4823-bcee-61d64ae5f581&code=http://loinc.org%7C44261-6,http://loinc.org%7C44249-1 headers: Accept, Authorization, Host; Authorization: Bearer tok-A1.b2_c~3+d/e=
/fhir/Procedure?patient=006165b0-ab24-4823-bcee-61d64ae5f581 headers: Accept, Authorization, Host; Authorization: Bearer tok-A1.b2_c~3+d/e=
synthea, all fetched, prefetched: 200
synthea, all fetched, fetched: 200
synthea, all fetched: the same cards
the FHIR server received 21 requests, 14 of them next pages
slow: 412 {"error":"fetching prefetch 'patient' from fhirServer: timed out (--fetch-timeout 4000 ms)"}
missing: 412 {"error":"fetching prefetch 'patient' from fhirServer: the FHIR server answered HTTP 404"}
moved: 412 {"error":"fetching prefetch 'patient' from fhirServer: the FHIR server answered HTTP 302 (redirects are not followed)"}
text: 412 {"error":"fetching prefetch 'patient' from fhirServer: the answer is not JSON (line 1, column 5: '[' or '{' expected near 'hello')"}
no fhirAuthorization: 412 {"error":"prefetch not fulfilled: patient, medicationRequests, medicationDispenses, medicationStatements, phq9, conditions, procedures (send null for \"queried, nothing\"), and not fetched: fhirServer was given without fhirAuthorization"}
a token with a space: 400 {"error":"'fhirAuthorization.access_token' holds a byte a bearer token may not hold"}
fhirServer http://example.org/fhir: 412 {"error":"prefetch not fulfilled: patient, medicationRequests, medicationDispenses, medicationStatements, phq9, conditions, procedures (send null for \"queried, nothing\"), and not fetched: 'fhirServer' is fetched only over https (http only from a loopback host)"}
fhirServer https://127.0.0.1:1/fhir: 412 {"error":"fetching prefetch 'patient' from fhirServer: libcurl: Couldn't connect to server"}
fhirServer http://user:pw@127.0.0.1:FPORT/fhir: 412 {"error":"prefetch not fulfilled: patient, medicationRequests, medicationDispenses, medicationStatements, phq9, conditions, procedures (send null for \"queried, nothing\"), and not fetched: 'fhirServer' must not hold a user name, query or fragment"}
fhirServer http://127.0.0.1:FPORT/fhir?x=1: 412 {"error":"prefetch not fulfilled: patient, medicationRequests, medicationDispenses, medicationStatements, phq9, conditions, procedures (send null for \"queried, nothing\"), and not fetched: 'fhirServer' must not hold a user name, query or fragment"}
fhirServer ftp://127.0.0.1/fhir: 412 {"error":"prefetch not fulfilled: patient, medicationRequests, medicationDispenses, medicationStatements, phq9, conditions, procedures (send null for \"queried, nothing\"), and not fetched: 'fhirServer' is not an https URL"}
the FHIR server received 4 requests
GET /health: 200
{"status":"ok"}
server exit 0
tpath serve: trusting issuer https://ehr-a.example: 2 keys from tests/serve/keys/a.jwks
tpath serve: service calls need a JWT whose "aud" is http://127.0.0.1:PORT/cds-services/...
tpath serve: listening on http://127.0.0.1:PORT
      1 tpath serve: GET /health 200 N ms
      6 tpath serve: POST /cds-services/tpath-depression-pathway 200 N ms iss=https://ehr-a.example
      1 tpath serve: POST /cds-services/tpath-depression-pathway 400 N ms iss=https://ehr-a.example
     10 tpath serve: POST /cds-services/tpath-depression-pathway 412 N ms iss=https://ehr-a.example
tpath serve: SIGTERM: finishing the requests in flight
tpath serve: stopped
