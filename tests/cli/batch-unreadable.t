# A file of a batch directory that cannot be read (over the 16 MiB limit, or
# not a file) still takes its place: an error/1 line with its index, the
# error on standard error, and the run goes on; the exit status is the worst
# (4 for the read error, 3 for the limit).  The documents after it keep
# their own indexes.
$ d=$(mktemp -d) && cp docs/examples/demo-0002.yaml $d/a.yaml && head -c 17000000 /dev/zero | tr '\0' 'a' > $d/b.yaml && mkdir $d/c.yaml && cp docs/examples/demo-0002.yaml $d/d.yaml && tpath evaluate --batch $d > $d/out 2> $d/err; echo "status $?"; sed 's/"as_of".*//; s#'$d'#DIR#g' $d/out; sed "s#$d#DIR#g" $d/err; rm -rf $d
--- stdout
status 4
{"tpath":"result/1","history":"demo-0002",
{"tpath":"error/1","index":1,"source":"DIR/b.yaml","line":null,"column":null,"code":"input exceeds a limit","message":"input is larger than the limit of 16777216 bytes","error":"DIR/b.yaml: input is larger than the limit of 16777216 bytes"}
{"tpath":"error/1","index":2,"source":"DIR/c.yaml","line":null,"column":null,"code":"input/output error","message":"read error: Is a directory","error":"DIR/c.yaml: read error: Is a directory"}
{"tpath":"result/1","history":"demo-0002",
DIR/b.yaml: input is larger than the limit of 16777216 bytes (document 1)
DIR/c.yaml: read error: Is a directory (document 2)
