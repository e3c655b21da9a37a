# replay evaluates every day of the episode, and each evaluation costs about
# as much as the history is long: a history whose days x (1 + treatments +
# scores) exceed 3,000,000 (a few seconds of work) is refused before the
# first day, with the figures, exit status 3 and nothing on standard
# output (tests/data/replay/too-long.yaml: 300 years, 30 scores).  An
# earlier --as-of shortens the walk: the first month is 32 days.
$ tpath replay tests/data/replay/too-long.yaml; echo "status $?"; tpath replay --as-of 1900-02-01 --format json tests/data/replay/too-long.yaml > /dev/null; echo "status $?"
--- stdout
status 3
status 0
--- stderr
tpath: replay: history replay-too-long runs 109573 days (1900-01-01 to 2199-12-31) with 0 treatments and 30 scores, too long to evaluate every day: days x (1 + treatments + scores) is 3396763, over 3000000; give an earlier --as-of, or evaluate the days wanted with 'tpath evaluate --as-of'
