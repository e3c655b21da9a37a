# --max-body: a body over it gets 413 whether its Content-Length announces
# it (refused before reading) or it comes chunked (counted as it arrives);
# a small request still works afterwards.
$ sh tests/serve/run.sh max_body --max-body 2000
--- stdout
request: 3690 bytes
POST /cds-services/tpath-depression-pathway: 413
{"error":"request body over --max-body"}
POST /cds-services/tpath-depression-pathway: 413
{"error":"request body over --max-body"}
POST /cds-services/tpath-depression-pathway: 400
{"error":"'context.patientId' is missing or not a non-empty string"}
GET /health: 200
{"status":"ok"}
server exit 0
tpath serve: no --trust given: every caller is trusted (no JWT is checked)
tpath serve: listening on http://127.0.0.1:PORT
      1 tpath serve: GET /health 200 N ms
      1 tpath serve: POST /cds-services/tpath-depression-pathway 400 N ms
      2 tpath serve: POST /cds-services/tpath-depression-pathway 413 N ms
tpath serve: SIGTERM: finishing the requests in flight
tpath serve: stopped
