# tpath compare places one history under every built-in guideline, side by
# side; rows where they disagree are marked '*'.  demo-0001: STAR*D asks
# 12 weeks for an adequate trial (star-d.yaml, Trivedi 2006), so the
# 10.9-week sertraline trial is not adequate there but is under CANMAT and
# NICE (4 weeks); the steps and the actions each offers differ.
$ tpath compare docs/examples/demo-0001.yaml
--- stdout
tpath compare: history demo-0001, as of 2025-03-03
Decision support, not a prescription: tpath restates published guidelines and
definitions for a clinician to weigh; it does not know the patient.

The same history placed by 3 guidelines. Rows marked * are where they disagree
on a clinical fact or action (9 of 15 rows compared): an adequacy rule or TRD
definition, a verdict, count, adequacy or outcome, a status, a warning, an
action or the drugs and interventions it offers (in any order, case or dose).
Steps, decision points and reasons are each guideline's own words and are not
compared; the reasons and sources are in 'tpath evaluate --guideline ID'.

                   canmat-2023         nice-ng222          star-d
  ----------------------------------------------------------------------------
* adequate trial   4 weeks at a        4 weeks at a        12 weeks at a
                   therapeutic dose    therapeutic dose    therapeutic dose
  TRD definition   two-adequate-trials two-adequate-trials two-adequate-trials
  TRD              met (2 failed,      met (2 failed,      met (2 failed,
                   needs 2)            needs 2)            needs 2)
  step             difficult-to-treat  specialist (After 2 level-2 (Level 2:
                   (Treatment-         or more failed      switch, augment, or
                   resistant /         trials -            cognitive therapy)
                   difficult-to-treat  vortioxetine,
                   depression)         combinations with
                                       specialist advice,
                                       ECT)
  status           assess              assess              critical-decision-
                                                           point
  decision point   none (all passed)   none (all passed)   none (all passed)
* trial 1          adequate;           adequate;           not adequate: only
  sertraline       nonresponse;        nonresponse;        10.9 weeks;
                   counted toward TRD  counted toward TRD  nonresponse;
                                                           counted toward TRD
  trial 2          adequate;           adequate;           adequate;
  venlafaxine      nonresponse;        nonresponse;        nonresponse;
                   counted toward TRD  counted toward TRD  counted toward TRD
  consider:        diagnosis,          personal factors,   measure QIDS-C16 at
  reassess         comorbidity,        social factors,     the critical
                   adherence           environmental       decision point
                                       factors, health
                                       factors, adherence,
                                       diagnosis (+1 more)
* consider: switch bupropion,          same class, SSRI,   -
                   mirtazapine,        TCA, MAOI,
                   mianserin,          vortioxetine
                   vortioxetine,
                   vilazodone,
                   agomelatine
* consider: add-   psychotherapy       CBT, IPT, short-    -
  psychotherapy                        term psychodynamic
                                       psychotherapy
* consider:        aripiprazole,       aripiprazole,       -
  augment          brexpiprazole,      olanzapine,
                   bupropion,          quetiapine,
                   mirtazapine,        risperidone,
                   mianserin,          lithium, ECT (+2
                   quetiapine (+8      more)
                   more)
* consider:        rTMS, ECT           ECT                 -
  neuromodulation
* consider:        -                   venlafaxine         -
  increase-dose
* consider: refer  -                   specialist advice   -
* consider:        -                   mirtazapine,        -
  combine                              trazodone
  warnings         none                none                none
