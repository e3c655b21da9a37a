# An issuer's JWK Set may hold several keys without "kid": a token without
# kid is tried against each of the type its algorithm needs, and passes
# when one verifies it; a token whose kid the set does not hold is refused,
# and so is one whose algorithm no key of the set fits.
$ sh tests/serve/run.sh jwt_keys --trust https://ehr-a.example=tests/serve/keys/a3.jwks
--- stdout
A's key, the third of three: 200 {"cards":[]}
A's key with its kid (the set has none): 401 {"error":"no key of the token's issuer has the token's \"kid\" for RS384"}
an EC key (the set has none): 401 {"error":"the token's issuer has no key for ES384"}
server exit 0
tpath serve: trusting issuer https://ehr-a.example: 3 keys from tests/serve/keys/a3.jwks
tpath serve: service calls need a JWT whose "aud" is http://127.0.0.1:PORT/cds-services/...
tpath serve: listening on http://127.0.0.1:PORT
      1 tpath serve: POST /cds-services/tpath-depression-pathway 200 N ms iss=https://ehr-a.example
      2 tpath serve: POST /cds-services/tpath-depression-pathway 401 N ms
tpath serve: SIGTERM: finishing the requests in flight
tpath serve: stopped
