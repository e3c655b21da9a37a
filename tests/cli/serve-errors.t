# Bad requests get a JSON reason and never stop the server: malformed JSON,
# not an object, no context or patientId, another hook, a prefetch value
# that is not a resource (400); prefetch keys absent and no fhirServer (412, with
# the reason); every key null (200, no cards); an unknown
# service or path (404); a wrong method (405 with Allow).
$ sh tests/serve/run.sh errors
--- stdout
POST /cds-services/tpath-depression-pathway: 400
{"error":"malformed JSON at line 1, column 37: string or '}' expected near end of file"}
POST /cds-services/tpath-depression-pathway: 400
{"error":"the request is not a JSON object"}
POST /cds-services/tpath-depression-pathway: 400
{"error":"'context.patientId' is missing or not a non-empty string"}
POST /cds-services/tpath-depression-pathway: 400
{"error":"'context.patientId' is missing or not a non-empty string"}
POST /cds-services/tpath-depression-pathway: 400
{"error":"'hook' must be \"patient-view\" for this service"}
POST /cds-services/tpath-depression-pathway: 400
{"error":"prefetch 'patient' is neither a FHIR resource nor null"}
POST /cds-services/tpath-depression-pathway: 412
{"error":"prefetch not fulfilled: phq9, procedures (send null for \"queried, nothing\"), and not fetched: no fhirServer was given to fetch them from"}
POST /cds-services/tpath-depression-pathway: 412
{"error":"prefetch not fulfilled: patient, medicationRequests, medicationDispenses, medicationStatements, phq9, conditions, procedures (send null for \"queried, nothing\"), and not fetched: no fhirServer was given to fetch them from"}
POST /cds-services/tpath-depression-pathway: 200
{"cards":[]}
POST /cds-services/no-such-service: 404
{"error":"no such service or resource"}
GET /no-such-path: 404
{"error":"no such service or resource"}
GET /cds-services/tpath-depression-pathway: 405
{"error":"method not allowed"}
GET /cds-services/tpath-depression-pathway:
HTTP/1.1 405 Method Not Allowed
Access-Control-Allow-Headers: Authorization, Content-Type
Access-Control-Allow-Methods: GET, POST, OPTIONS
Access-Control-Allow-Origin: *
Allow: POST, OPTIONS
Content-Type: application/json
DELETE /health: 405
{"error":"method not allowed"}
PUT /cds-services: 405
{"error":"method not allowed"}
GET /health: 200
{"status":"ok"}
server exit 0
tpath serve: no --trust given: every caller is trusted (no JWT is checked)
tpath serve: listening on http://127.0.0.1:PORT
      1 tpath serve: DELETE /health 405 N ms
      2 tpath serve: GET /cds-services/tpath-depression-pathway 405 N ms
      1 tpath serve: GET /health 200 N ms
      1 tpath serve: GET /no-such-path 404 N ms
      1 tpath serve: POST /cds-services/no-such-service 404 N ms
      1 tpath serve: POST /cds-services/tpath-depression-pathway 200 N ms
      6 tpath serve: POST /cds-services/tpath-depression-pathway 400 N ms
      2 tpath serve: POST /cds-services/tpath-depression-pathway 412 N ms
      1 tpath serve: PUT /cds-services 405 N ms
tpath serve: SIGTERM: finishing the requests in flight
tpath serve: stopped
