# The tpath_walk example in docs/api.md (its second C block) compiles
# against the public header alone and prints one line per day: the day the
# callback got, the result's as_of for it (the same day), in date order; an
# as_of in the other date style fails before the first day.
$ d=$(mktemp -d) && awk '/^```c$/{n++; if (n == 2) {b=1; next}} b && /^```/{exit} b' docs/api.md > $d/ex.c && cc -std=c99 -Wall -Werror -Iinclude -o $d/ex $d/ex.c libtpath.a $(pkg-config --libs yaml-0.1 jansson) -lm && $d/ex docs/examples/demo-0001.yaml | cut -d, -f1,3; $d/ex docs/examples/demo-0002.yaml 30 | cut -d, -f1,3; $d/ex docs/examples/demo-0002.yaml 2024-01-01; echo "status $?"; rm -rf $d
--- stdout
2024-09-01 {"tpath":"result/1","as_of":"2024-09-01"
2024-09-16 {"tpath":"result/1","as_of":"2024-09-16"
2024-09-30 {"tpath":"result/1","as_of":"2024-09-30"
2024-10-14 {"tpath":"result/1","as_of":"2024-10-14"
2024-10-15 {"tpath":"result/1","as_of":"2024-10-15"
2024-10-28 {"tpath":"result/1","as_of":"2024-10-28"
2024-11-12 {"tpath":"result/1","as_of":"2024-11-12"
2024-11-25 {"tpath":"result/1","as_of":"2024-11-25"
2024-12-01 {"tpath":"result/1","as_of":"2024-12-01"
2024-12-02 {"tpath":"result/1","as_of":"2024-12-02"
2024-12-16 {"tpath":"result/1","as_of":"2024-12-16"
2024-12-30 {"tpath":"result/1","as_of":"2024-12-30"
2024-12-31 {"tpath":"result/1","as_of":"2024-12-31"
2025-01-13 {"tpath":"result/1","as_of":"2025-01-13"
2025-01-28 {"tpath":"result/1","as_of":"2025-01-28"
2025-03-03 {"tpath":"result/1","as_of":"2025-03-03"
-30 {"tpath":"result/1","as_of":-30
0 {"tpath":"result/1","as_of":0
14 {"tpath":"result/1","as_of":14
28 {"tpath":"result/1","as_of":28
29 {"tpath":"result/1","as_of":29
30 {"tpath":"result/1","as_of":30
status 1
--- stderr
as_of 2024-01-01: the history uses relative days, so a whole number of days is expected
