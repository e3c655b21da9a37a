# tpath serve answers GET /health, the CDS Hooks discovery document (one
# patient-view service with its prefetch templates), feedback (accepted,
# nothing stored) and a CORS preflight; every answer carries the CORS
# headers; SIGTERM stops it with exit 0 and each request is in the access log.
$ sh tests/serve/run.sh discovery
--- stdout
GET /health: 200
{"status":"ok"}
GET /cds-services: 200
{
  "services": [
    {
      "hook": "patient-view",
      "id": "tpath-depression-pathway",
      "title": "tpath: depression treatment pathway",
      "description": "Decision support, not prescribing: where the patient sits on a published depression treatment pathway (CANMAT 2023 by default), whether the guideline's definition of treatment-resistant depression is met, what the guideline says to consider next and safety warnings, each with its source.",
      "prefetch": {
        "patient": "Patient/{{context.patientId}}",
        "medicationRequests": "MedicationRequest?patient={{context.patientId}}",
        "medicationDispenses": "MedicationDispense?patient={{context.patientId}}",
        "medicationStatements": "MedicationStatement?patient={{context.patientId}}",
        "phq9": "Observation?patient={{context.patientId}}&code=http://loinc.org|44261-6,http://loinc.org|44249-1",
        "conditions": "Condition?patient={{context.patientId}}",
        "procedures": "Procedure?patient={{context.patientId}}"
      }
    }
  ]
}
POST /cds-services/tpath-depression-pathway/feedback: 200
{}
OPTIONS /cds-services/tpath-depression-pathway:
HTTP/1.1 204 No Content
Access-Control-Allow-Headers: Authorization, Content-Type
Access-Control-Allow-Methods: GET, POST, OPTIONS
Access-Control-Allow-Origin: *
Access-Control-Max-Age: 86400
GET /health:
HTTP/1.1 200 OK
Access-Control-Allow-Headers: Authorization, Content-Type
Access-Control-Allow-Methods: GET, POST, OPTIONS
Access-Control-Allow-Origin: *
Content-Type: application/json
server exit 0
tpath serve: no --trust given: every caller is trusted (no JWT is checked)
tpath serve: listening on http://127.0.0.1:PORT
      1 tpath serve: GET /cds-services 200 N ms
      2 tpath serve: GET /health 200 N ms
      1 tpath serve: OPTIONS /cds-services/tpath-depression-pathway 204 N ms
      1 tpath serve: POST /cds-services/tpath-depression-pathway/feedback 200 N ms
tpath serve: SIGTERM: finishing the requests in flight
tpath serve: stopped
