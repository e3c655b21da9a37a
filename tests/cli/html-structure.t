# exhaustive: every example and vignette (skipped by the valgrind tier).
# The HTML views are well-formed XML with a valid inline SVG, no script and
# nothing fetched, the decision-support notice, a text alternative for the
# SVG, every course of the result drawn as a lane, and text contrast of at
# least 4.5:1, measured (tests/html/check.py), for every example and
# vignette history; the lowest ratio found is printed.
$ python3 tests/html/check.py docs/examples/*.yaml tests/vignettes/*.yaml
--- stdout
558 pages checked, 0 problems; lowest text contrast 4.99:1, #9a4d00 on #e8e8e8 (score panel text 'response ≤ 9.5')
