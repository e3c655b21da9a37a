# tpath replay steps through a history day by day: every day of the
# episode is evaluated (184 here), and a day is shown only when something
# changed since the day before, with only the parts that changed.
# 2024-10-15 is the day after CANMAT's week-4 early-improvement decision,
# when the switch rule (weeks > 4) first applies: before, replay showed it
# on the next event, 2024-11-25.  The week and trial are counted from 1.  A
# TRD verdict counting a trial still running says so ("still running, so
# provisional: #1"), as the report's summary does.
$ tpath replay docs/examples/demo-0001.yaml
--- stdout
tpath replay: history demo-0001 under canmat-2023, evaluated as of every day of
its episode; a day is shown when the step, the decision point, the TRD verdict,
the warnings or what to consider changed, with the parts that changed, each
whole. Decision support, not a prescription: it restates published guidelines
for a clinician to weigh.

2024-09-01
  step: Choosing the initial treatment (initial); status not-started
  decision point: none
  TRD (two-adequate-trials): not met, 0 failed adequate trials
  warnings: none
  consider: start: psychotherapy, citalopram, escitalopram, fluoxetine,
    paroxetine, sertraline, venlafaxine, desvenlafaxine, duloxetine,
    levomilnacipran, milnacipran, bupropion, mirtazapine, mianserin,
    vortioxetine, vilazodone, agomelatine (rule initial-moderate)

2024-09-16, week 0.0 of trial 1
  step: First antidepressant trial (first-trial); status starting
  decision point: early-improvement-window (next)
  warning: info suicidality-monitoring: latest start or stop (start, sertraline)
    0.0 weeks ago: monitor suicidality closely in the first 4 weeks after
    starting or stopping an antidepressant
  consider: continue (rule too-early-continue)

2024-09-30, week 2.0 of trial 1
  step: First antidepressant trial (first-trial); status early-assessment
  decision point: early-improvement-window (now)
  consider: nothing (no rule of the guideline recommends an action)

2024-10-14, week 4.0 of trial 1
  step: First antidepressant trial (first-trial); status assess
  decision point: early-improvement-decision (now)
  TRD (two-adequate-trials): not met, 1 failed adequate trial: #1; still
    running, so provisional: #1
  warnings: none
  consider: increase-dose: sertraline (rule no-early-improvement-increase)
  consider: add-psychotherapy: psychotherapy (rule consider-psychotherapy)

2024-10-15, week 4.1 of trial 1
  decision point: adequate-trial-assessment (next)
  consider: reassess: diagnosis, comorbidity, adherence (rule
    poor-response-reassess)
  consider: switch: venlafaxine, desvenlafaxine, duloxetine, levomilnacipran,
    milnacipran, bupropion, mirtazapine, mianserin, vortioxetine, vilazodone,
    agomelatine (rule nonresponse-switch)
  consider: add-psychotherapy: psychotherapy (rule consider-psychotherapy)

2024-10-28, week 6.0 of trial 1
  decision point: adequate-trial-assessment (now)

2024-11-12, week 8.1 of trial 1
  decision point: none

2024-12-01
  step: First antidepressant trial (first-trial); status between-trials
  TRD (two-adequate-trials): not met, 1 failed adequate trial: #1
  warning: info suicidality-monitoring: latest start or stop (stop, sertraline)
    0.0 weeks ago: monitor suicidality closely in the first 4 weeks after
    starting or stopping an antidepressant
  consider: switch: venlafaxine, desvenlafaxine, duloxetine, levomilnacipran,
    milnacipran, bupropion, mirtazapine, mianserin, vortioxetine, vilazodone,
    agomelatine (rule nonresponse-switch)
  consider: add-psychotherapy: psychotherapy (rule consider-psychotherapy)

2024-12-02, week 0.0 of trial 2
  step: After the first trial - switch, add an adjunct or optimise
    (after-first-trial); status starting
  decision point: early-improvement-window (next)
  consider: continue (rule too-early-continue)

2024-12-16, week 2.0 of trial 2
  step: After the first trial - switch, add an adjunct or optimise
    (after-first-trial); status early-assessment
  decision point: early-improvement-window (now)
  consider: nothing (no rule of the guideline recommends an action)

2024-12-30, week 4.0 of trial 2
  step: Treatment-resistant / difficult-to-treat depression
    (difficult-to-treat); status assess
  decision point: early-improvement-decision (now)
  TRD (two-adequate-trials): met, 2 failed adequate trials: #1, #2; still
    running, so provisional: #2
  warnings: none
  consider: increase-dose: venlafaxine (rule no-early-improvement-increase)
  consider: add-psychotherapy: psychotherapy (rule consider-psychotherapy)
  consider: augment: aripiprazole, brexpiprazole, bupropion, mirtazapine,
    mianserin, quetiapine, cariprazine, olanzapine, risperidone, esketamine,
    ketamine, lithium, liothyronine, modafinil (rule
    adjunct-after-limited-response)
  consider: augment: esketamine (rule trd-esketamine)
  consider: neuromodulation: rTMS (rule trd-rtms)
  consider: neuromodulation: ECT (rule trd-ect)

2024-12-31, week 4.1 of trial 2
  decision point: adequate-trial-assessment (next)
  consider: reassess: diagnosis, comorbidity, adherence (rule
    poor-response-reassess)
  consider: switch: bupropion, mirtazapine, mianserin, vortioxetine, vilazodone,
    agomelatine (rule nonresponse-switch)
  consider: add-psychotherapy: psychotherapy (rule consider-psychotherapy)
  consider: augment: aripiprazole, brexpiprazole, bupropion, mirtazapine,
    mianserin, quetiapine, cariprazine, olanzapine, risperidone, esketamine,
    ketamine, lithium, liothyronine, modafinil (rule
    adjunct-after-limited-response)
  consider: augment: esketamine (rule trd-esketamine)
  consider: neuromodulation: rTMS (rule trd-rtms)
  consider: neuromodulation: ECT (rule trd-ect)

2025-01-13, week 6.0 of trial 2
  decision point: adequate-trial-assessment (now)

2025-01-28, week 8.1 of trial 2
  decision point: none

2025-02-25, week 12.1 of trial 2
  warning: warning stale-scores: the latest score is from 2024-12-30, 8.1 weeks
    before the day evaluated: outcomes rest on scores older than 8 weeks

2025-03-03, week 13.0 of trial 2
  warnings: none

184 days evaluated, 16 shown.
