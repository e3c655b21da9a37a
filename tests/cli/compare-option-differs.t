# compare marks a different set of options for the same action:
# wording-a.yaml switching to trazodone instead of mirtazapine disagrees
# with wording-a.yaml on the switch row only.
$ d=$(mktemp -d); sed -e 's/^id: wording-a/id: wording-trazodone/' -e 's/- mirtazapine$/- trazodone/' tests/data/compare/wording-a.yaml > $d/g.yaml; tpath compare --guideline tests/data/compare/wording-a.yaml --guideline $d/g.yaml docs/examples/demo-0002.yaml | sed -n '/^The same/,$p'; rm -rf $d
--- stdout
The same history placed by 2 guidelines. Rows marked * are where they disagree
on a clinical fact or action (1 of 8 rows compared): an adequacy rule or TRD
definition, a verdict, count, adequacy or outcome, a status, a warning, an
action or the drugs and interventions it offers (in any order, case or dose).
Steps, decision points and reasons are each guideline's own words and are not
compared; the reasons and sources are in 'tpath evaluate --guideline ID'.

                   wording-a                     wording-trazodone
  ----------------------------------------------------------------------------
  adequate trial   4 weeks at a therapeutic dose 4 weeks at a therapeutic dose
  TRD definition   two-adequate-trials           two-adequate-trials
  TRD              not met (1 failed, needs 2)   not met (1 failed, needs 2)
  step             first-trial (First            first-trial (First
                   antidepressant trial)         antidepressant trial)
  status           assess                        assess
  decision point   none (all passed)             none (all passed)
  trial 1          adequate; partial-response;   adequate; partial-response;
  escitalopram     counted toward TRD            counted toward TRD
* consider: switch mirtazapine, bupropion SR (up bupropion SR (up to 300
                   to 300 mg/day)                mg/day), trazodone
  consider:        adherence, diagnosis          adherence, diagnosis
  reassess
  warnings         none                          none
