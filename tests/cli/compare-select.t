# --guideline (repeatable) chooses and orders the guidelines compared, by
# id or as a guideline/1 file; colour marks the rows that disagree (the
# first line of each), not the others.
$ tpath compare --guideline star-d --guideline tests/data/test-guideline.yaml --as-of 40 docs/examples/demo-0002.yaml; echo "status $?"; tpath compare --color always --guideline canmat-2023 --guideline nice-ng222 docs/examples/demo-0002.yaml > /tmp/tpath-cs.$$; echo "status $?"; grep -a -e '^\* ' -e '^  status ' /tmp/tpath-cs.$$ | cat -v; rm -f /tmp/tpath-cs.$$
--- stdout
tpath compare: history demo-0002, as of day 40
Decision support, not a prescription: tpath restates published guidelines and
definitions for a clinician to weigh; it does not know the patient.

The same history placed by 2 guidelines. Rows marked * are where they disagree
on a clinical fact or action (4 of 8 rows compared): an adequacy rule or TRD
definition, a verdict, count, adequacy or outcome, a status, a warning, an
action or the drugs and interventions it offers (in any order, case or dose).
Steps, decision points and reasons are each guideline's own words and are not
compared; the reasons and sources are in 'tpath evaluate --guideline ID'.

                   star-d                        test-local
  ----------------------------------------------------------------------------
* adequate trial   12 weeks at a therapeutic     3 weeks at a therapeutic dose
                   dose
* TRD definition   two-adequate-trials           eu-pearl-2022
  TRD              not met (1 failed, needs 2)   not met (1 failed, needs 2)
  step             level-1 (Level 1: citalopram) start (Starting)
  status           critical-decision-point       review
  decision point   cdp-week-6 (next)             review-2 (next)
* trial 1          not adequate: only 5.7 weeks; adequate; nonresponse;
  escitalopram     nonresponse; counted toward   counted toward TRD
                   TRD
  consider:        measure QIDS-C16 at the       tolerability
  reassess         critical decision point
* consider: switch -                             an SNRI, venlafaxine,
                                                 desvenlafaxine, duloxetine,
                                                 levomilnacipran, milnacipran
                                                 (+6 more)
  warnings         none                          none
status 0
status 0
  status           assess                        assess
* ^[[1;33mconsider:        diagnosis, comorbidity,       -^[[0m
* ^[[1;33mconsider:        aripiprazole, brexpiprazole   -^[[0m
* ^[[1;33mconsider: add-   psychotherapy                 CBT, IPT, short-term^[[0m
* ^[[1;33mconsider: switch -                             same class, SNRI, TCA, MAOI^[[0m
