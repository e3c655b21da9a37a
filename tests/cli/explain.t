# --explain adds every rule evaluated, its verdict and the value of each
# fact its condition read (unknown facts show as null).
$ tpath evaluate --explain --guideline tests/data/test-guideline.yaml docs/examples/demo-0002.yaml | sed -n '/^EXPLANATION/,/^SOURCES/p' | grep -E '^  (step|status|rule|warning):'
--- stdout
  step:start: true; current.exists = true
  step:later: false; episode.trials = 1.0
  status:good: true; current.improvement_pct = 35.29; param.big_change_pct =
  rule:keep-going: true; current.improvement_pct = 35.29; param.big_change_pct
  rule:try-another: false; current.weeks = 10.0; param.review_weeks = 3.0;
  rule:unknown-tolerability: true; current.tolerated = null
  warning:long-trial: true; current.weeks = 10.0
