# replay evaluates the days between the walk's (events and decision
# points) too, so a change that time alone brings is shown on its own day.
# Under NICE NG222 the further-line dose increase (rule
# further-increase-dose, NICE 1.9.6, provisional: 4 weeks at the current
# dose, response_review_weeks) needs 4 weeks since the last dose change:
# sertraline's dose was raised on 2024-09-30, so 'increase-dose: sertraline'
# first appears on 2024-10-28, week 6 of the trial and no decision point of
# NICE's.  Before, replay showed it on the next event, 2024-11-25.
$ tpath replay --guideline nice-ng222 docs/examples/demo-0001.yaml
--- stdout
tpath replay: history demo-0001 under nice-ng222, evaluated as of every day of
its episode; a day is shown when the step, the decision point, the TRD verdict,
the warnings or what to consider changed, with the parts that changed, each
whole. Decision support, not a prescription: it restates published guidelines
for a clinician to weigh.

2024-09-01
  step: Choosing the first treatment of a new episode (first-treatment); status
    not-started
  decision point: none
  TRD (two-adequate-trials): not met, 0 failed adequate trials
  warnings: none
  consider: start: individual CBT with an SSRI or SNRI (rule
    first-treatment-more-severe-combined, provisional)
  consider: start: individual CBT, individual behavioural activation (rule
    first-treatment-more-severe-psychological)

2024-09-16, week 0.0 of trial 1
  step: First antidepressant - starting and early reviews (first-line); status
    starting
  decision point: first-review (next)
  warning: info suicidality-monitoring: latest start or stop (start, sertraline)
    0.0 weeks ago: monitor suicidality closely in the first 4 weeks after
    starting or stopping an antidepressant
  consider: continue (rule early-review-standard)

2024-09-30, week 2.0 of trial 1
  step: First antidepressant - starting and early reviews (first-line); status
    early-assessment
  decision point: first-review (now)

2024-10-01, week 2.1 of trial 1
  decision point: response-review (next)

2024-10-14, week 4.0 of trial 1
  step: Further-line treatment - no or limited response to an antidepressant
    (further-line); status assess
  decision point: response-review (now)
  TRD (two-adequate-trials): not met, 1 failed adequate trial: #1; still
    running, so provisional: #1
  warnings: none
  consider: reassess: personal factors, social factors, environmental factors,
    health factors, adherence (rule no-response-review-factors, provisional)
  consider: reassess: diagnosis, comorbidity (rule no-response-review-diagnosis,
    provisional)
  consider: switch: same class (rule further-switch-within-class, provisional)
  consider: switch: SNRI (rule further-switch-other-class, provisional; 1 option
    left out by the safety rules)
  consider: switch: TCA, MAOI (rule further-switch-secondary-care, provisional)
  consider: add-psychotherapy: CBT, IPT, short-term psychodynamic psychotherapy
    (rule further-add-psychotherapy, provisional)

2024-10-15, week 4.1 of trial 1
  decision point: none

2024-10-28, week 6.0 of trial 1
  consider: reassess: personal factors, social factors, environmental factors,
    health factors, adherence (rule no-response-review-factors, provisional)
  consider: reassess: diagnosis, comorbidity (rule no-response-review-diagnosis,
    provisional)
  consider: increase-dose: sertraline (rule further-increase-dose, provisional)
  consider: switch: same class (rule further-switch-within-class, provisional)
  consider: switch: SNRI (rule further-switch-other-class, provisional; 1 option
    left out by the safety rules)
  consider: switch: TCA, MAOI (rule further-switch-secondary-care, provisional)
  consider: add-psychotherapy: CBT, IPT, short-term psychodynamic psychotherapy
    (rule further-add-psychotherapy, provisional)

2024-12-01
  step: Further-line treatment - no or limited response to an antidepressant
    (further-line); status between-trials
  TRD (two-adequate-trials): not met, 1 failed adequate trial: #1
  warning: info suicidality-monitoring: latest start or stop (stop, sertraline)
    0.0 weeks ago: monitor suicidality closely in the first 4 weeks after
    starting or stopping an antidepressant
  consider: reassess: personal factors, social factors, environmental factors,
    health factors, adherence (rule no-response-review-factors, provisional)
  consider: reassess: diagnosis, comorbidity (rule no-response-review-diagnosis,
    provisional)
  consider: switch: same class (rule further-switch-within-class, provisional)
  consider: switch: SNRI (rule further-switch-other-class, provisional; 1 option
    left out by the safety rules)
  consider: switch: TCA, MAOI (rule further-switch-secondary-care, provisional)

2024-12-02, week 0.0 of trial 2
  step: Further-line treatment - no or limited response to an antidepressant
    (further-line); status starting
  decision point: first-review (next)
  consider: continue (rule early-review-standard)

2024-12-16, week 2.0 of trial 2
  step: Further-line treatment - no or limited response to an antidepressant
    (further-line); status early-assessment
  decision point: first-review (now)

2024-12-17, week 2.1 of trial 2
  decision point: response-review (next)

2024-12-30, week 4.0 of trial 2
  step: After 2 or more failed trials - vortioxetine, combinations with
    specialist advice, ECT (specialist); status assess
  decision point: response-review (now)
  TRD (two-adequate-trials): met, 2 failed adequate trials: #1, #2; still
    running, so provisional: #2
  warnings: none
  consider: reassess: personal factors, social factors, environmental factors,
    health factors, adherence (rule no-response-review-factors, provisional)
  consider: reassess: diagnosis, comorbidity (rule no-response-review-diagnosis,
    provisional)
  consider: switch: same class (rule further-switch-within-class, provisional)
  consider: switch: SSRI (rule further-switch-other-class, provisional; 1 option
    left out by the safety rules)
  consider: switch: TCA, MAOI (rule further-switch-secondary-care, provisional)
  consider: add-psychotherapy: CBT, IPT, short-term psychodynamic psychotherapy
    (rule further-add-psychotherapy, provisional)
  consider: switch: vortioxetine (rule vortioxetine-after-two, provisional)
  consider: refer: specialist advice (rule specialist-refer, provisional)
  consider: combine: mirtazapine, trazodone (rule
    specialist-combine-antidepressant, provisional)
  consider: augment: aripiprazole, olanzapine, quetiapine, risperidone, lithium
    (rule specialist-augment-antipsychotic-lithium, provisional)
  consider: augment: ECT, liothyronine, lamotrigine (rule
    specialist-augment-other, provisional)
  consider: neuromodulation: ECT (rule ect-after-failures, provisional)

2024-12-31, week 4.1 of trial 2
  decision point: none

2025-01-13, week 6.0 of trial 2
  consider: reassess: personal factors, social factors, environmental factors,
    health factors, adherence (rule no-response-review-factors, provisional)
  consider: reassess: diagnosis, comorbidity (rule no-response-review-diagnosis,
    provisional)
  consider: increase-dose: venlafaxine (rule further-increase-dose, provisional)
  consider: switch: same class (rule further-switch-within-class, provisional)
  consider: switch: SSRI (rule further-switch-other-class, provisional; 1 option
    left out by the safety rules)
  consider: switch: TCA, MAOI (rule further-switch-secondary-care, provisional)
  consider: add-psychotherapy: CBT, IPT, short-term psychodynamic psychotherapy
    (rule further-add-psychotherapy, provisional)
  consider: switch: vortioxetine (rule vortioxetine-after-two, provisional)
  consider: refer: specialist advice (rule specialist-refer, provisional)
  consider: combine: mirtazapine, trazodone (rule
    specialist-combine-antidepressant, provisional)
  consider: augment: aripiprazole, olanzapine, quetiapine, risperidone, lithium
    (rule specialist-augment-antipsychotic-lithium, provisional)
  consider: augment: ECT, liothyronine, lamotrigine (rule
    specialist-augment-other, provisional)
  consider: neuromodulation: ECT (rule ect-after-failures, provisional)

2025-02-25, week 12.1 of trial 2
  warning: warning stale-scores: the latest score is from 2024-12-30, 8.1 weeks
    before the day evaluated: outcomes rest on scores older than 8 weeks

2025-03-03, week 13.0 of trial 2
  warnings: none

184 days evaluated, 16 shown.
