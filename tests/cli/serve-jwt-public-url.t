# Behind a reverse proxy, --public-url gives the base the callers use (a
# trailing slash is dropped): the token's "aud" must be that base and the
# path called, not the address the server listens on.
$ sh tests/serve/run.sh jwt_public_url --public-url https://cds.example/tpath/ --trust https://ehr-a.example=tests/serve/keys/a.jwks
--- stdout
aud the public URL: 200 {"cards":[]}
aud the address listened on: 401 {"error":"token \"aud\" is not https://cds.example/tpath/cds-services/tpath-depression-pathway, the endpoint called"}
aud with a trailing slash: 401 {"error":"token \"aud\" is not https://cds.example/tpath/cds-services/tpath-depression-pathway, the endpoint called"}
server exit 0
tpath serve: trusting issuer https://ehr-a.example: 2 keys from tests/serve/keys/a.jwks
tpath serve: service calls need a JWT whose "aud" is https://cds.example/tpath/cds-services/...
tpath serve: listening on http://127.0.0.1:PORT
      1 tpath serve: POST /cds-services/tpath-depression-pathway 200 N ms iss=https://ehr-a.example
      2 tpath serve: POST /cds-services/tpath-depression-pathway 401 N ms
tpath serve: SIGTERM: finishing the requests in flight
tpath serve: stopped
