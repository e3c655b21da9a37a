# With --format json and several files, evaluate writes JSON Lines: the
# lines --batch writes for the same files (a folder of them), an invalid
# file as its error/1 line (index counts the files from 0), a missing one
# too; the status is the worst of the files (4: a file cannot be read).
$ f=/tmp/tpath-emj.$$; tpath evaluate --format json docs/examples/demo-0001.yaml docs/examples/demo-0002.yaml > $f.m; echo "status $?"; tpath evaluate --batch docs/examples > $f.b; cmp $f.b $f.m && echo "as --batch"; wc -l < $f.m; rm -f $f.m $f.b; tpath evaluate --format json tests/invalid/phi-name.yaml docs/examples/demo-0002.yaml tests/no-such-file.yaml > $f; echo "status $?"; sed -n '1p;3p' $f; sed -n '2s/^\({"tpath":"result\/1","history":"[^"]*"\).*/\1/p' $f; rm -f $f
--- stdout
status 0
as --batch
2
status 4
{"tpath":"error/1","index":0,"source":"tests/invalid/phi-name.yaml","line":4,"column":20,"code":"invalid input","message":"'name': identifying key not allowed; a history must be anonymized (history/1 refuses direct identifiers)","error":"tests/invalid/phi-name.yaml:4:20: 'name': identifying key not allowed; a history must be anonymized (history/1 refuses direct identifiers)"}
{"tpath":"error/1","index":2,"source":"tests/no-such-file.yaml","line":null,"column":null,"code":"input/output error","message":"cannot open: No such file or directory","error":"tests/no-such-file.yaml: cannot open: No such file or directory"}
{"tpath":"result/1","history":"demo-0002"
--- stderr
tests/invalid/phi-name.yaml:4:20: 'name': identifying key not allowed; a history must be anonymized (history/1 refuses direct identifiers)
tests/no-such-file.yaml: cannot open: No such file or directory
