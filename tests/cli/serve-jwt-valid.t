# With --trust, a service call with a valid CDS Hooks JWT gets its answer:
# RS384 and ES384, with or without "kid", "aud" a string or an array that
# holds the endpoint, the scheme in any case, each trusted client with its
# own keys, feedback (whose audience is the feedback URL), "iat" and "nbf"
# within the 60 s clock-skew allowance.  A token, or its jti in another
# token of the same issuer, is refused when it comes again (a replay); the
# same jti from another issuer is fine.  Discovery,
# health and CORS preflights need no token.  The access log names the
# verified issuer.  Keys: tests/serve/keys/ (test-only).
$ sh tests/serve/run.sh jwt_valid --trust https://ehr-a.example=tests/serve/keys/a.jwks --trust https://ehr-b.example=tests/serve/keys/b.jwks
--- stdout
RS384, kid: 200 {"cards":[]}
ES384, kid: 200 {"cards":[]}
RS384, no kid: 200 {"cards":[]}
ES384, no kid: 200 {"cards":[]}
aud an array: 200 {"cards":[]}
scheme in lower case: 200 {"cards":[]}
client B: 200 {"cards":[]}
feedback: 200 {}
iat and nbf 30 s ahead: 200 {"cards":[]}
a token, first use: 200 {"cards":[]}
the same token again: 401 {"error":"token \"jti\" was used before (a replay)"}
its jti in another token of A: 401 {"error":"token \"jti\" was used before (a replay)"}
its jti in a token of B: 200 {"cards":[]}
GET /health: 200
{"status":"ok"}
GET /cds-services: 200
OPTIONS /cds-services/tpath-depression-pathway:
HTTP/1.1 204 No Content
Access-Control-Allow-Headers: Authorization, Content-Type
Access-Control-Allow-Methods: GET, POST, OPTIONS
Access-Control-Allow-Origin: *
Access-Control-Max-Age: 86400
server exit 0
tpath serve: trusting issuer https://ehr-a.example: 2 keys from tests/serve/keys/a.jwks
tpath serve: trusting issuer https://ehr-b.example: 1 key from tests/serve/keys/b.jwks
tpath serve: service calls need a JWT whose "aud" is http://127.0.0.1:PORT/cds-services/...
tpath serve: listening on http://127.0.0.1:PORT
      1 tpath serve: GET /cds-services 200 N ms
      1 tpath serve: GET /health 200 N ms
      1 tpath serve: OPTIONS /cds-services/tpath-depression-pathway 204 N ms
      8 tpath serve: POST /cds-services/tpath-depression-pathway 200 N ms iss=https://ehr-a.example
      2 tpath serve: POST /cds-services/tpath-depression-pathway 200 N ms iss=https://ehr-b.example
      2 tpath serve: POST /cds-services/tpath-depression-pathway 401 N ms
      1 tpath serve: POST /cds-services/tpath-depression-pathway/feedback 200 N ms iss=https://ehr-a.example
tpath serve: SIGTERM: finishing the requests in flight
tpath serve: stopped
