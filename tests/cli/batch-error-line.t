# The error/1 line of a bad document carries its index, position, code,
# message and the one-line error.
$ tpath evaluate --batch tests/data/batch/stream.yaml 2>/dev/null > /tmp/tpath-bel.$$; echo "status $?"; sed -n 3p /tmp/tpath-bel.$$; rm -f /tmp/tpath-bel.$$
--- stdout
status 3
{"tpath":"error/1","index":2,"source":"tests/data/batch/stream.yaml","line":19,"column":42,"code":"invalid input","message":"'score': 30 is out of range for phq9 (0-27)","error":"tests/data/batch/stream.yaml:19:42: 'score': 30 is out of range for phq9 (0-27)"}
