# A message quoting a long non-ASCII value is cut on a character boundary,
# so the error/1 line is still valid JSON: one line per document, in order.
$ tpath evaluate --batch tests/data/batch/utf8-message.yaml 2>/dev/null | cut -c1-40
--- stdout
{"tpath":"error/1","index":0,"source":"t
{"tpath":"result/1","history":"u-2","as_
