# The C example in docs/api.md compiles against the public header alone and
# runs: the docs cannot rot.
$ d=$(mktemp -d) && awk '/^```c$/{b=1; next} b && /^```/{exit} b' docs/api.md > $d/ex.c && cc -std=c99 -Wall -Werror -Iinclude -o $d/ex $d/ex.c libtpath.a $(pkg-config --libs yaml-0.1 jansson) && $d/ex docs/examples/demo-0001.yaml && $d/ex tests/invalid/score-range.yaml; echo "status $?"; rm -rf $d
--- stdout
demo-0001: 2 treatments
status 3
--- stderr
tests/invalid/score-range.yaml:6:44: 'score': 28 is out of range for phq9 (0-27)
