# With --trust, every service (and feedback) call without a valid JWT gets
# 401 with a specific reason and WWW-Authenticate: Bearer (error=
# "invalid_token" when a token came): no header, another scheme, malformed
# tokens, a key not the issuer's (same kid or none), a key of another
# trusted issuer signing as this one, an unknown issuer, no iss, expired (or
# expiring this second), no exp, a wrong audience, no jti, "iat" or "nbf"
# more than 60 s ahead, "iat" not a number, "alg": "none",
# HS384 with the issuer's public JWK Set as the HMAC secret (the algorithm
# confusion attack), RS256, an algorithm that does not fit the key, a
# payload swapped under a valid signature (RS384 and ES384).  The body is
# never read; the server keeps serving.
$ sh tests/serve/run.sh jwt_refused --trust https://ehr-a.example=tests/serve/keys/a.jwks --trust https://ehr-b.example=tests/serve/keys/b.jwks
--- stdout
no Authorization header: 401 {"error":"no Authorization header: this service needs \"Authorization: Bearer <JWT>\""}
POST /cds-services/tpath-depression-pathway:
HTTP/1.1 401 Unauthorized
Access-Control-Allow-Headers: Authorization, Content-Type
Access-Control-Allow-Methods: GET, POST, OPTIONS
Access-Control-Allow-Origin: *
Content-Type: application/json
WWW-Authenticate: Bearer
Basic credentials: 401 {"error":"the Authorization header is not \"Bearer <JWT>\""}
Bearer, no token: 401 {"error":"malformed token: not a compact JWS (three base64url parts separated by dots)"}
not a JWS: 401 {"error":"malformed token: not a compact JWS (three base64url parts separated by dots)"}
JWE-like, five parts: 401 {"error":"malformed token: not a compact JWS (three base64url parts separated by dots)"}
header not JSON: 401 {"error":"malformed token: the header is not base64url-encoded JSON object"}
wrong key (A's kid, another key): 401 {"error":"token signature does not verify with the keys of its issuer"}
wrong key, no kid: 401 {"error":"token signature does not verify with the keys of its issuer"}
B's key signing as A: 401 {"error":"no key of the token's issuer has the token's \"kid\" for RS384"}
B's key signing as A, no kid: 401 {"error":"token signature does not verify with the keys of its issuer"}
unknown issuer: 401 {"error":"token issuer is not trusted"}
no iss: 401 {"error":"token has no \"iss\""}
expired: 401 {"error":"token expired"}
no exp: 401 {"error":"token has no \"exp\" (a number of seconds since 1970)"}
wrong audience (another port): 401 {"error":"token \"aud\" is not http://127.0.0.1:PORT/cds-services/tpath-depression-pathway, the endpoint called"}
wrong audience (the feedback endpoint): 401 {"error":"token \"aud\" is not http://127.0.0.1:PORT/cds-services/tpath-depression-pathway, the endpoint called"}
audience array without the endpoint: 401 {"error":"token \"aud\" is not http://127.0.0.1:PORT/cds-services/tpath-depression-pathway, the endpoint called"}
no jti: 401 {"error":"token has no \"jti\""}
iat 2 minutes ahead: 401 {"error":"token \"iat\" is in the future"}
nbf 2 minutes ahead: 401 {"error":"token is not valid yet (\"nbf\")"}
iat not a number: 401 {"error":"token \"iat\" is not a number of seconds since 1970"}
alg none: 401 {"error":"token algorithm \"none\" is not accepted (RS384 or ES384 only)"}
HS384, the JWK Set as the secret: 401 {"error":"token algorithm \"HS384\" is not accepted (RS384 or ES384 only)"}
RS256: 401 {"error":"token algorithm \"RS256\" is not accepted (RS384 or ES384 only)"}
ES384 header on an RSA signature: 401 {"error":"no key of the token's issuer has the token's \"kid\" for ES384"}
signature cut: 401 {"error":"malformed token: not a JWS libcjose can read"}
payload swapped: 401 {"error":"token signature does not verify with the keys of its issuer"}
payload swapped, ES384: 401 {"error":"token signature does not verify with the keys of its issuer"}
ES384 signed by an RSA key, no kid: 401 {"error":"token signature does not verify with the keys of its issuer"}
expiring now: 401 {"error":"token expired"}
feedback without a token: 401 {"error":"no Authorization header: this service needs \"Authorization: Bearer <JWT>\""}
POST /cds-services/tpath-depression-pathway:
HTTP/1.1 401 Unauthorized
Access-Control-Allow-Headers: Authorization, Content-Type
Access-Control-Allow-Methods: GET, POST, OPTIONS
Access-Control-Allow-Origin: *
Content-Type: application/json
WWW-Authenticate: Bearer error="invalid_token"
GET /health: 200
{"status":"ok"}
server exit 0
tpath serve: trusting issuer https://ehr-a.example: 2 keys from tests/serve/keys/a.jwks
tpath serve: trusting issuer https://ehr-b.example: 1 key from tests/serve/keys/b.jwks
tpath serve: service calls need a JWT whose "aud" is http://127.0.0.1:PORT/cds-services/...
tpath serve: listening on http://127.0.0.1:PORT
      1 tpath serve: GET /health 200 N ms
     32 tpath serve: POST /cds-services/tpath-depression-pathway 401 N ms
      1 tpath serve: POST /cds-services/tpath-depression-pathway/feedback 401 N ms
tpath serve: SIGTERM: finishing the requests in flight
tpath serve: stopped
