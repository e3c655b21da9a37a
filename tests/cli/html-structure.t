# exhaustive: every example and vignette (skipped by the valgrind tier).
# The HTML views are well-formed XML with a valid inline SVG, no script and
# nothing fetched, the decision-support notice, a text alternative for the
# SVG, and every course of the result drawn as a lane (tests/html/check.py),
# for every example and vignette history.
$ python3 tests/html/check.py docs/examples/*.yaml tests/vignettes/*.yaml
--- stdout
555 pages checked, 0 problems
