# A message quoting a long non-ASCII value is cut on a character boundary,
# so the error/1 line is still valid JSON: one line per document, in order.
$ tpath evaluate --batch tests/data/batch/utf8-message.yaml 2>/dev/null > /tmp/tpath-bum.$$; echo "status $?"; cut -c1-40 /tmp/tpath-bum.$$; rm -f /tmp/tpath-bum.$$
--- stdout
status 3
{"tpath":"error/1","index":0,"source":"t
{"tpath":"result/1","history":"u-2","as_
