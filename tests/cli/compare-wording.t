# compare marks a clinical difference, not a difference of words: the two
# test guidelines (tests/data/compare/) switch to the same two drugs, written
# in another case and order, with a dose in one and a release form in the
# other, split over two rules in one of them, with their own rationales,
# sources, rule ids, step, status word and decision point, and both ask to
# reassess, each in its own terms.  No row is marked.
$ tpath compare --guideline tests/data/compare/wording-a.yaml --guideline tests/data/compare/wording-b.yaml docs/examples/demo-0002.yaml
--- stdout
tpath compare: history demo-0002, as of day 70
Decision support, not a prescription: tpath restates published guidelines and
definitions for a clinician to weigh; it does not know the patient.

The same history placed by 2 guidelines. Rows marked * are where they disagree
on a clinical fact or action (0 of 8 rows compared): an adequacy rule or TRD
definition, a verdict, count, adequacy or outcome, a status, a warning, an
action or the drugs and interventions it offers (in any order, case or dose).
Steps, decision points and reasons are each guideline's own words and are not
compared; the reasons and sources are in 'tpath evaluate --guideline ID'.

                   wording-a                     wording-b
  ----------------------------------------------------------------------------
  adequate trial   4 weeks at a therapeutic dose 4 weeks at a therapeutic dose
  TRD definition   two-adequate-trials           two-adequate-trials
  TRD              not met (1 failed, needs 2)   not met (1 failed, needs 2)
  step             first-trial (First            stage-1 (Stage one)
                   antidepressant trial)
  status           assess                        reviewing
  decision point   none (all passed)             none (all passed)
  trial 1          adequate; partial-response;   adequate; partial-response;
  escitalopram     counted toward TRD            counted toward TRD
  consider: switch mirtazapine, bupropion SR (up Bupropion, Mirtazapine (up to
                   to 300 mg/day)                45 mg/day)
  consider:        adherence, diagnosis          personal and social factors
  reassess
  warnings         none                          none
