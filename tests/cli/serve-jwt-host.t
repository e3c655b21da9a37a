# With --trust, a non-loopback --host needs no --insecure: callers are
# authenticated.  (Listens on 0.0.0.0 for the test; called on 127.0.0.1.)
$ sh tests/serve/run.sh jwt_public_url --host 0.0.0.0 --public-url https://cds.example/tpath --trust https://ehr-a.example=tests/serve/keys/a.jwks
--- stdout
aud the public URL: 200 {"cards":[]}
aud the address listened on: 401 {"error":"token \"aud\" is not https://cds.example/tpath/cds-services/tpath-depression-pathway, the endpoint called"}
aud with a trailing slash: 401 {"error":"token \"aud\" is not https://cds.example/tpath/cds-services/tpath-depression-pathway, the endpoint called"}
server exit 0
tpath serve: trusting issuer https://ehr-a.example: 2 keys from tests/serve/keys/a.jwks
tpath serve: service calls need a JWT whose "aud" is https://cds.example/tpath/cds-services/...
tpath serve: listening on http://0.0.0.0:PORT
      1 tpath serve: POST /cds-services/tpath-depression-pathway 200 N ms iss=https://ehr-a.example
      2 tpath serve: POST /cds-services/tpath-depression-pathway 401 N ms
tpath serve: SIGTERM: finishing the requests in flight
tpath serve: stopped
