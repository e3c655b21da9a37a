# --guideline FILE loads a guideline written only for the test (no C
# change) and evaluates with it; --set overrides one of its parameters.
# demo-0002: escitalopram at week 10 (day 70), QIDS-SR16 17 -> 11 = 35.3%:
# at least big_change_pct (30) -> status good, keep-going; with the
# parameter set to 40 -> status review and try-another, whose options are
# the first-line antidepressants of another class than SSRI, not yet tried.
$ d=$(mktemp -d); tpath evaluate --guideline tests/data/test-guideline.yaml docs/examples/demo-0002.yaml > $d/default; echo "status $?"; sed -n '/^WHERE/,/^TRIALS/p' $d/default; tpath evaluate --guideline tests/data/test-guideline.yaml --set big_change_pct=40 docs/examples/demo-0002.yaml > $d/set; echo "status $?"; sed -n '/^WHERE/,/^TRIALS/p' $d/set; rm -rf $d
--- stdout
status 0
WHERE THE HISTORY SITS
  step: start (Starting); status: good
  week 10.0 of the current trial (escitalopram); its decision points have
  passed

TO CONSIDER (test-local)
  - continue
    Improving. [Test protocol, part 1; rule keep-going, line 30]
  - reassess: tolerability
    Tolerability is not recorded. [Test protocol, part 1; rule
    unknown-tolerability, line 43]

WARNINGS
  info long-trial: escitalopram for 10.0 weeks (review every 3.0) [Test
  protocol, part 2]

TRIALS
status 0
WHERE THE HISTORY SITS
  step: start (Starting); status: review
  week 10.0 of the current trial (escitalopram); its decision points have
  passed

TO CONSIDER (test-local)
  - switch: an SNRI, venlafaxine, desvenlafaxine, duloxetine, levomilnacipran,
    milnacipran, bupropion, mirtazapine, mianserin, vortioxetine, vilazodone,
    agomelatine
    Not improving at review. After the options the rule names, from the
    catalog: its first-line antidepressant rows, leaving out the current class
    (SSRI). [Test protocol, part 2; rule try-another, line 36]
  - reassess: tolerability
    Tolerability is not recorded. [Test protocol, part 1; rule
    unknown-tolerability, line 43]

WARNINGS
  info long-trial: escitalopram for 10.0 weeks (review every 3.0) [Test
  protocol, part 2]

TRIALS
