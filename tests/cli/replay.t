# tpath replay steps through a history day by day: each day with an event
# is evaluated, and a day shows only the parts that changed since the day
# before (on 2024-11-25 the step and the TRD verdict did not; a part
# that did not change is left out), the week and trial counted from 1.
$ tpath replay docs/examples/demo-0001.yaml
--- stdout
tpath replay: history demo-0001 under canmat-2023, evaluated as of each day with
an event; a day is shown when the step, the decision point, the TRD verdict or
what to consider changed. Decision support, not a prescription: it restates
published guidelines for a clinician to weigh.

2024-09-01
  step: Choosing the initial treatment (initial); status not-started
  decision point: none
  TRD (two-adequate-trials): not met, 0 failed adequate trials
  consider: start: psychotherapy, citalopram, escitalopram, fluoxetine,
    paroxetine, sertraline, venlafaxine, desvenlafaxine, duloxetine,
    levomilnacipran, milnacipran, bupropion, mirtazapine, mianserin,
    vortioxetine, vilazodone, agomelatine

2024-09-16, week 0.0 of trial 1
  step: First antidepressant trial (first-trial); status starting
  decision point: early-improvement-window (next)
  consider: continue

2024-09-30, week 2.0 of trial 1
  step: First antidepressant trial (first-trial); status early-assessment
  decision point: early-improvement-window (now)
  consider: nothing

2024-10-14, week 4.0 of trial 1
  step: First antidepressant trial (first-trial); status assess
  decision point: early-improvement-decision (now)
  TRD (two-adequate-trials): not met, 1 failed adequate trial
  consider: increase-dose: sertraline
  consider: add-psychotherapy: psychotherapy

2024-11-25, week 10.0 of trial 1
  decision point: none
  consider: reassess: diagnosis, comorbidity, adherence
  consider: switch: venlafaxine, desvenlafaxine, duloxetine, levomilnacipran,
    milnacipran, bupropion, mirtazapine, mianserin, vortioxetine, vilazodone,
    agomelatine
  consider: add-psychotherapy: psychotherapy

2024-12-01
  step: First antidepressant trial (first-trial); status between-trials
  consider: switch: venlafaxine, desvenlafaxine, duloxetine, levomilnacipran,
    milnacipran, bupropion, mirtazapine, mianserin, vortioxetine, vilazodone,
    agomelatine
  consider: add-psychotherapy: psychotherapy

2024-12-02, week 0.0 of trial 2
  step: After the first trial - switch, add an adjunct or optimise
    (after-first-trial); status starting
  decision point: early-improvement-window (next)
  consider: continue

2024-12-16, week 2.0 of trial 2
  step: After the first trial - switch, add an adjunct or optimise
    (after-first-trial); status early-assessment
  decision point: early-improvement-window (now)
  consider: nothing

2024-12-30, week 4.0 of trial 2
  step: Treatment-resistant / difficult-to-treat depression
    (difficult-to-treat); status assess
  decision point: early-improvement-decision (now)
  TRD (two-adequate-trials): met, 2 failed adequate trials
  consider: increase-dose: venlafaxine
  consider: add-psychotherapy: psychotherapy
  consider: augment: aripiprazole, brexpiprazole, bupropion, mirtazapine,
    mianserin, quetiapine, cariprazine, olanzapine, risperidone, esketamine,
    ketamine, lithium, liothyronine, modafinil
  consider: augment: esketamine
  consider: neuromodulation: rTMS
  consider: neuromodulation: ECT

2025-03-03, week 13.0 of trial 2
  decision point: none
  consider: reassess: diagnosis, comorbidity, adherence
  consider: switch: bupropion, mirtazapine, mianserin, vortioxetine, vilazodone,
    agomelatine
  consider: add-psychotherapy: psychotherapy
  consider: augment: aripiprazole, brexpiprazole, bupropion, mirtazapine,
    mianserin, quetiapine, cariprazine, olanzapine, risperidone, esketamine,
    ketamine, lithium, liothyronine, modafinil
  consider: augment: esketamine
  consider: neuromodulation: rTMS
  consider: neuromodulation: ECT

10 days evaluated, 10 shown.
