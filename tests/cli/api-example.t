# The C example in docs/api.md compiles against the public header alone and
# runs: the docs cannot rot.  It loads the knowledge base once and evaluates
# each history given; a bad one is reported and the others go on, and the
# program exits 3 (the status is the program's, not that of a pipe).
$ d=$(mktemp -d) && awk '/^```c$/{b=1; next} b && /^```/{exit} b' docs/api.md > $d/ex.c && cc -std=c99 -Wall -Werror -Iinclude -o $d/ex $d/ex.c libtpath.a $(pkg-config --libs yaml-0.1 jansson) -lm && { $d/ex docs/examples/demo-0001.yaml tests/invalid/score-range.yaml docs/examples/demo-0002.yaml > $d/out; s=$?; cut -c1-60 $d/out; echo "status $s"; }; rm -rf $d
--- stdout
demo-0001: 2 treatments
{"tpath":"result/1","history":"demo-0001","as_of":"2025-03-0
demo-0002: 1 treatments
{"tpath":"result/1","history":"demo-0002","as_of":70,"episod
status 3
--- stderr
tests/invalid/score-range.yaml:6:44: 'score': 28 is out of range for phq9 (0-27)
