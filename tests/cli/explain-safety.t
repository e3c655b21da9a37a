# --explain shows why safety removed options and why a dose increase was
# not advised: the pregnancy gate and the TRD gate for esketamine; the text
# report lists the options removed for a concomitant medicine and the
# ceiling that stopped a dose increase.
$ f=/tmp/tpath-es.$$; tpath evaluate --explain tests/vignettes/safety-pregnant-on-paroxetine.yaml > $f; echo "status $?"; sed -n '/Rule partial-response-optimise holds/,/^  - /p' $f | sed '$d'; tpath evaluate --explain tests/vignettes/safety-esketamine-before-trd.yaml > $f; echo "status $?"; sed -n '/Rule adjunct-after-limited-response holds/,/^  - /p' $f | sed '$d'; tpath evaluate --guideline star-d tests/vignettes/safety-concomitant-tramadol-stard.yaml > $f; echo "status $?"; sed -n '/^TO CONSIDER/,/^$/p' $f; tpath evaluate tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml > $f; echo "status $?"; sed -n '/^  - continue/,/^  - augment/p' $f | sed '$d'; rm -f $f
--- stdout
status 0
  - Rule partial-response-optimise holds: it read that current.ongoing is yes,
    current.weeks is 5, param.early_decision_weeks is 4, current.outcome is
    partial-response, current.at_therapeutic_dose is yes, current.at_max_dose
    is no and current.tolerated is unknown. Source: CANMAT 2023 Q.7.c, Figure
    7.1; line 288.
      removed for this patient: paroxetine: pregnant: paroxetine is avoided in
      pregnancy and when planning it (cardiac malformations after
      first-trimester exposure) [FDA Public Health Advisory, 8 Dec 2005
      (paroxetine); PAXIL label, pregnancy]
status 0
  - Rule adjunct-after-limited-response holds: it read that current.ongoing is
    yes, episode.trials is 2, current.outcome is partial-response and
    current.augmented is no. Source: CANMAT 2023 Q.7.c, Figure 7.1; Table 7.2;
    line 318. So the guideline says: After limited response to a first or
    second trial, consider adjunctive agents (Level 2): the first-line
    adjuncts of Table 7.2, then the second-line ones. After the options the
    rule names, from the catalog: its second-line adjunct rows.
      removed for this patient: bupropion: bupropion was not tolerated in this
      episode
      removed for this patient: esketamine: esketamine and ketamine only once
      the guideline's treatment-resistance definition is met (2 or more failed
      adequate trials) [CANMAT 2023 Q.7.b]
      removed for this patient: ketamine: esketamine and ketamine only once
      the guideline's treatment-resistance definition is met (2 or more failed
      adequate trials) [CANMAT 2023 Q.7.b]
status 0
TO CONSIDER (star-d)
  - continue: mirtazapine
    QIDS-C16 above 5 at a critical decision point, below the maximum dose and
    tolerated: raise the dose. Not advised for this patient: 45 mg/day is this
    patient's maximum (REMERON (mirtazapine) prescribing information, Dosage
    and Administration). The guideline offers instead: switch (exit-level-3)
    [Trivedi & Daly 2007, Table 1; rule cdp-raise-dose, line 150; provisional]
      mirtazapine: at most 45 mg/day for this patient; tried in this episode:
      ongoing; 45 mg/day is this patient's maximum (REMERON (mirtazapine)
      prescribing information, Dosage and Administration)
  - switch: venlafaxine XR plus mirtazapine
    Level 3 ended (intolerance, stopped for inefficacy at a therapeutic dose,
    or no remission at the maximally tolerated dose, judged from the level's
    own start): level 4 offers a new antidepressant treatment (observe any
    MAOI washout). [STAR*D level 4 (Rush 2006); rule exit-level-3, line 222]
      venlafaxine XR plus mirtazapine: mirtazapine: ongoing in this episode
      not offered: tranylcypromine: tranylcypromine must not be taken with
      tramadol, which continues [MAOI product labels, Contraindications
      (clinical reference section 12)]

status 0
  - continue: citalopram
    Partial response on a tolerated lower dose: optimise the dose. Not advised
    for this patient: 20 mg/day is this patient's maximum: over 60, hepatic
    impairment, CYP2C19 poor metabolizer, or taking cimetidine or another
    CYP2C19 inhibitor (CELEXA (citalopram) prescribing information, sections
    2.1, 2.3, 2.4). The guideline offers instead: reassess
    (poor-response-reassess), augment (partial-response-adjunct),
    add-psychotherapy (consider-psychotherapy) [CANMAT 2023 Q.7.c, Figure 7.1;
    rule partial-response-optimise, line 288]
      citalopram: at most 20 mg/day for this patient; tried in this episode:
      ongoing; 20 mg/day is this patient's maximum: over 60, hepatic
      impairment, CYP2C19 poor metabolizer, or taking cimetidine or another
      CYP2C19 inhibitor (CELEXA (citalopram) prescribing information, sections
      2.1, 2.3, 2.4)
