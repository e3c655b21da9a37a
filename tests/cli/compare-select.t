# --guideline (repeatable) chooses and orders the guidelines compared, by
# id or as a guideline/1 file; colour marks the rows that disagree.
$ tpath compare --guideline star-d --guideline tests/data/test-guideline.yaml --as-of 40 docs/examples/demo-0002.yaml; echo "status $?"; tpath compare --color always --guideline canmat-2023 --guideline nice-ng222 docs/examples/demo-0002.yaml > /tmp/tpath-cs.$$; echo "status $?"; grep -a 'step\|status' /tmp/tpath-cs.$$ | cat -v; rm -f /tmp/tpath-cs.$$
--- stdout
tpath compare: history demo-0002, as of day 40
Decision support, not a prescription: tpath restates published guidelines and
definitions for a clinician to weigh; it does not know the patient.

The same history placed by 2 guidelines. Rows marked * are where they disagree
(8 of 10); each guideline's reasons and sources are in 'tpath evaluate
--guideline ID'.

                   star-d                        test-local
  ----------------------------------------------------------------------------
* adequate trial   12 weeks at a therapeutic     3 weeks at a therapeutic dose
                   dose
* TRD definition   two-adequate-trials           eu-pearl-2022
  TRD              not met (1 failed, needs 2)   not met (1 failed, needs 2)
* step             level-1 (Level 1: citalopram) start (Starting)
* status           critical-decision-point       review
* decision point   cdp-week-6                    review-2
* trial 0          not adequate: only 5.7 weeks; adequate; nonresponse;
  escitalopram     nonresponse; counted toward   counted toward TRD
                   TRD
* consider:        measure QIDS-C16 at the       tolerability
  reassess         critical decision point
* consider: switch -                             an SNRI, venlafaxine,
                                                 desvenlafaxine, duloxetine,
                                                 levomilnacipran, milnacipran
                                                 (+6 more)
  warnings         none                          none
status 0
status 0
* ^[[1;33mstep             first-trial (First            further-line (Further-line^[[0m
  status           assess                        assess
