# --explain adds, as prose, every rule evaluated: its verdict, the value of
# each fact its condition read (unknown facts read "unknown"), its source
# and line, and for a rule that applied what the guideline says.
$ tpath evaluate --explain --guideline tests/data/test-guideline.yaml docs/examples/demo-0002.yaml > /tmp/tpath-ex.$$; echo "status $?"; sed -n '/^  Where in the pathway/,/^  Safety checks/p' /tmp/tpath-ex.$$; rm -f /tmp/tpath-ex.$$
--- stdout
status 0
  Where in the pathway (the last step that holds is used)
  - Step start holds: it read that current.exists is yes. Source: Test
    protocol, part 1; line 20.
  - Step later does not hold: it read that episode.trials is 1. Source: Test
    protocol, part 1; line 21.

  Status (the first that holds is used)
  - Status good holds: it read that current.improvement_pct is 35.29 and
    param.big_change_pct is 30. Written at line 23.

  Rules of the guideline
  - Rule keep-going holds: it read that current.improvement_pct is 35.29 and
    param.big_change_pct is 30. Source: Test protocol, part 1; line 30. So the
    guideline says: Improving.
  - Rule try-another does not hold: it read that current.weeks is 10,
    param.review_weeks is 3, current.improvement_pct is 35.29,
    param.big_change_pct is 30 and current.class is SSRI. Source: Test
    protocol, part 2; line 36.
  - Rule unknown-tolerability holds: it read that current.tolerated is
    unknown. Source: Test protocol, part 1; line 43. So the guideline says:
    Tolerability is not recorded.

  Warning rules of the guideline
  - Warning rule long-trial holds: it read that current.weeks is 10. Source:
    Test protocol, part 2; line 50.

  Safety checks
