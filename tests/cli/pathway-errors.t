# Decision-point windows, scope entries and the class filter of
# options_from are checked when a guideline loads: a window ending before
# it starts, a week naming no parameter, the old and new class filters
# together, a rationale that speaks of another class over a filter keeping
# every class, 'other_class' on an option that is not a class, a scope
# entry without its severity.  Each is reported at its
# position, every file is checked, and the exit status is 3.
$ tpath validate tests/data/bad-pathway/at-week-unknown-param.yaml tests/data/bad-pathway/other-and-exclude.yaml tests/data/bad-pathway/other-class-on-drug.yaml tests/data/bad-pathway/rationale-class.yaml tests/data/bad-pathway/scope-no-severity.yaml tests/data/bad-pathway/until-before-at.yaml
--- stderr
tests/data/bad-pathway/at-week-unknown-param.yaml:27:50: 'at_week': 'review_week' is neither a number nor a parameter of this guideline
tests/data/bad-pathway/other-and-exclude.yaml:40:64: 'other_class' and 'exclude_classes' together: 'other_class: true' is the older spelling of 'exclude_classes: current'; give one
tests/data/bad-pathway/other-class-on-drug.yaml:39:66: 'other_class' belongs to a class option ('classes')
tests/data/bad-pathway/rationale-class.yaml:41:16: 'rationale' speaks of another class, but 'options_from' keeps every class (set 'exclude_classes: current' or 'tried', or reword the rationale)
tests/data/bad-pathway/scope-no-severity.yaml:29:5: missing required key 'severity' in a warning rule
tests/data/bad-pathway/until-before-at.yaml:28:66: 'until_week': 5 is out of range; a decision point's window ends between its 'at_week' (6) and week 520
--- status
3
