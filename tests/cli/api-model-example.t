# The example of docs/api.md that reads a TRD verdict without JSON (its
# third C block) compiles against the public header alone and prints the
# verdict of the guideline's own definition: demo-0001 meets CANMAT 2023's
# two failed adequate trials (Q.7.b) with sertraline and venlafaxine;
# demo-0002 (escitalopram, ongoing, counted as one) does not.
$ d=$(mktemp -d) && awk '/^```c$/{n++; if (n == 3) {b=1; next}} b && /^```/{exit} b' docs/api.md > $d/ex.c && cc -std=c99 -Wall -Werror -Iinclude -o $d/ex $d/ex.c libtpath.a $(pkg-config --libs yaml-0.1 jansson) -lm && $d/ex docs/examples/demo-0001.yaml && $d/ex docs/examples/demo-0002.yaml; $d/ex tests/invalid/score-range.yaml; echo "status $?"; rm -rf $d
--- stdout
demo-0001 under canmat-2023: TRD (two-adequate-trials) met, 2 failed adequate trial(s): #1 sertraline, #2 venlafaxine
now: difficult-to-treat
demo-0002 under canmat-2023: TRD (two-adequate-trials) not met, 1 failed adequate trial(s): #1 escitalopram
now: first-trial
status 1
--- stderr
tests/invalid/score-range.yaml:6:44: 'score': 28 is out of range for phq9 (0-27)
