# replay evaluates every day of the episode (tpath_walk_every_day), and an
# evaluation costs about as much as the history is long: a history whose
# days x (records + courses squared) exceed 10,000,000 (a few seconds of
# work) is refused before the first day, with the figures, exit status 3
# and nothing on standard output (tests/data/replay/too-long.yaml: 300
# years, 100 scores).  An earlier --as-of walks fewer days.
$ tpath replay tests/data/replay/too-long.yaml; echo "status $?"; tpath replay --as-of 1900-02-01 --format json tests/data/replay/too-long.yaml > /dev/null; echo "status $?"
--- stdout
status 3
status 0
--- stderr
tests/data/replay/too-long.yaml: history replay-too-long runs 109573 days (1900-01-01 to 2199-12-31) with 101 records and 0 courses, too many to evaluate every day: days x (records + courses squared) is 11066873, over 10000000 (an earlier as_of walks fewer days)
