# The summary's "Now" line for a trial judged only up to the day a course
# was added to it (its judgement window) says where its figures stop and
# gives the scale's later score, so the summary does not say "no later
# score" while the chart shows one (adds-to-chain: phq9 20 at baseline,
# mirtazapine added 2025-03-01, phq9 14 on 2025-06-01;
# augmentation-role-lithium: hamd17 24 -> 16 up to lithium's addition on
# day 70, hamd17 10 on day 126; no-baseline-window: a trial without a
# baseline whose window closed says both, not two bare "latest").
$ tpath evaluate tests/vignettes/adds-to-chain.yaml | sed -n '3,6p'; tpath evaluate tests/vignettes/augmentation-role-lithium.yaml | sed -n '4,6p'; tpath evaluate tests/data/summary/no-baseline-window.yaml | sed -n '3,5p'
--- stdout
Now: #1 sertraline 100 mg/day for 21.6 weeks + #2 mirtazapine 30 mg/day for
  13.1 weeks + #3 lithium 600 mg/day for 6.7 weeks; phq9 20 at baseline, no
  later score up to #2 mirtazapine's addition on 2025-03-01; latest phq9 14 on
  2025-06-01
Now: #1 venlafaxine 225 mg/day for 18.0 weeks + #2 lithium 900 mg/day for
  8.0 weeks; hamd17 24 -> 16 (-33.3%) up to #2 lithium's addition on day 70;
  latest hamd17 10 on day 126
Now: #1 sertraline 100 mg/day for 21.6 weeks + #2 aripiprazole 5 mg/day for
  13.1 weeks; latest phq9 18 up to #2 aripiprazole's addition on 2025-03-01,
  no baseline; latest phq9 9 on 2025-05-01
