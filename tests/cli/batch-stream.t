# --batch: one JSON line per document, in input order; a bad document gives
# an error/1 line in its place, with the stream's own line and column, and
# the run goes on; exit 3 because some failed.  (Results are cut to their
# first 60 characters.)
$ tpath evaluate --batch tests/data/batch/stream.yaml > /tmp/tpath-bs.$$; echo "status $?"; cut -c1-60 /tmp/tpath-bs.$$; rm -f /tmp/tpath-bs.$$
--- stdout
status 3
{"tpath":"result/1","history":"good-1","as_of":28,"episode":
{"tpath":"error/1","index":1,"source":"tests/data/batch/stre
{"tpath":"error/1","index":2,"source":"tests/data/batch/stre
{"tpath":"result/1","history":"good-2","as_of":0,"episode":{
--- stderr
tests/data/batch/stream.yaml:13:11: YAML syntax error: did not find expected ',' or '}' while parsing a flow mapping (line 12, column 10) (document 1)
tests/data/batch/stream.yaml:19:42: 'score': 30 is out of range for phq9 (0-27) (document 2)
