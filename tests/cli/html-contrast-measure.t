# The contrast measure of tests/html/check.py (html-structure.t runs it
# over every page) against WCAG 2's own figures: black on white 21:1,
# #777 on white 4.48:1 (under 4.5:1), #767676 4.54:1; a style sheet with
# #777 text on white is reported, and its print rules are not measured.
$ python3 tests/html/check.py --self-test
--- stdout
#000 on #fff: 21.00:1
#777 on #fff: 4.48:1
#767676 on #ffffff: 4.54:1
self-test: style '.meta': text #777777 on #ffffff has contrast 4.48:1, under 4.5:1
