# exhaustive: 320 requests; skipped under valgrind (the asan tier runs it).
# 16 clients at once, 20 requests each (cards, health and malformed JSON in
# turn): every answer is the one a lone request gets; the server stays up.
$ sh tests/serve/run.sh concurrent
--- stdout
    112 cards 200 same
    112 health 200
     96 malformed 400
GET /health: 200
{"status":"ok"}
server exit 0
tpath serve: no --trust given: every caller is trusted (no JWT is checked)
tpath serve: listening on http://127.0.0.1:PORT
    113 tpath serve: GET /health 200 N ms
    113 tpath serve: POST /cds-services/tpath-depression-pathway 200 N ms
     96 tpath serve: POST /cds-services/tpath-depression-pathway 400 N ms
tpath serve: SIGTERM: finishing the requests in flight
tpath serve: stopped
