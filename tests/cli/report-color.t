# exhaustive: every example and vignette (skipped by the valgrind tier).
# --color always: headings bold, MET and counted failures marked, outcomes
# coloured (shown here through cat -v: ^[[1m is bold, ^[[0m the reset).
# Colour is never the only carrier: without its sequences the coloured
# report is the plain one, for every example and vignette (no output from
# the loop).
$ d=$(mktemp -d); tpath evaluate --color always docs/examples/demo-0001.yaml > $d/first; echo "status $?"; sed -n '1,28p' $d/first | cat -v; for f in docs/examples/*.yaml tests/vignettes/*.yaml; do tpath evaluate --color always --explain $f > $d/color || echo "$f: --color always: exit status $?"; tpath evaluate --explain $f > $d/plain || echo "$f: exit status $?"; sed 's/\x1b\[[0-9;]*m//g' $d/color | cmp -s - $d/plain || echo "$f: differs"; done; rm -rf $d
--- stdout
status 0
^[[1mtpath: history demo-0001, as of 2025-03-03^[[0m
^[[33m^[[1mTRD met^[[0m (two-adequate-trials): 2 failed trials counted, 2 needed: #1
  sertraline, #2 venlafaxine; still running, so provisional: #2
^[[1mNow^[[0m: #2 venlafaxine 150 mg/day for 13.0 weeks; phq9 17 -> 13 (-23.5%) since
  it started
^[[1mPosition^[[0m: step difficult-to-treat, status assess
^[[1mWarnings^[[0m: none
Decision support, not a prescription: tpath restates published guidelines and
definitions for a clinician to weigh; it does not know the patient.
Rules: CANMAT 2023 Update on Clinical Guidelines for Management of Major
Depressive Disorder in Adults (canmat-2023 2023)
Episode: week 26.1 since 2024-09-01, recorded severity moderate.

^[[1mCOURSES^[[0m
  week                0         8         16        24
                      +---------+---------+---------+---
  1  sertraline          =============^[[31m^[[1mX^[[0m                  10.9w ^[[31mnonresponse^[[0m
  2  venlafaxine                       ===============^[[31m^[[1mX^[[0m> 13.0w ^[[31mnonresponse^[[0m
  phq9                   19   18     17     15         13
  = at or above the minimum therapeutic dose, - below it, ~ dose not judged, #
  intervention; X failure counted toward TRD (two-adequate-trials), > ongoing
  (X> both), | stopped; + added to the course above.
  phq9 (Patient Health Questionnaire-9, 0-27): remission at 4 or less (*);
  response a 50% fall from the trial's baseline.

^[[1mWHERE THE HISTORY SITS^[[0m
  step: ^[[1mdifficult-to-treat^[[0m (Treatment-resistant / difficult-to-treat
  depression); status: ^[[1massess^[[0m
