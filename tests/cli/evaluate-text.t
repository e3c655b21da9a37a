# The text report of the contract example (golden): where it sits in the
# default pathway (CANMAT 2023), what to consider with sources, trials, TRD
# verdicts, staging, sources, and the decision-support notice.
$ tpath evaluate docs/examples/demo-0001.yaml
--- stdout
tpath: history demo-0001, as of 2025-03-03
TRD met (two-adequate-trials): 2 failed trials counted, 2 needed: #1
  sertraline, #2 venlafaxine; still running, so provisional: #2
Now: #2 venlafaxine 150 mg/day for 13.0 weeks; phq9 17 -> 13 (-23.5%) since
  it started
Position: step difficult-to-treat, status assess
Warnings: none
Decision support, not a prescription: tpath restates published guidelines and
definitions for a clinician to weigh; it does not know the patient.
Rules: CANMAT 2023 Update on Clinical Guidelines for Management of Major
Depressive Disorder in Adults (canmat-2023 2023)
Episode: week 26.1 since 2024-09-01, recorded severity moderate.

COURSES
  week                0         8         16        24
                      +---------+---------+---------+---
  1  sertraline          =============X                  10.9w nonresponse
  2  venlafaxine                       ===============X> 13.0w nonresponse
  phq9                   19   18     17     15         13
  = at or above the minimum therapeutic dose, - below it, ~ dose not judged, #
  intervention; X failure counted toward TRD (two-adequate-trials), > ongoing
  (X> both), | stopped; + added to the course above.
  phq9 (Patient Health Questionnaire-9, 0-27): remission at 4 or less (*);
  response a 50% fall from the trial's baseline.

WHERE THE HISTORY SITS
  step: difficult-to-treat (Treatment-resistant / difficult-to-treat
  depression); status: assess
  week 13.0 of the current trial (venlafaxine); its decision points have
  passed

TO CONSIDER (canmat-2023)
  - reassess: diagnosis, comorbidity, adherence
    Poor response: first reassess the diagnosis, comorbidity and adherence.
    [CANMAT 2023 Q.7.c, Figure 7.1; rule poor-response-reassess, line 274]
  - switch: bupropion, mirtazapine, mianserin, vortioxetine, vilazodone,
    agomelatine
    No response to an adequate trial: switch first (Q.7.c), to an agent with a
    different mechanism (Q.7.d). From the catalog: its first-line
    antidepressant rows, leaving out the classes tried in this episode (SSRI,
    SNRI). [CANMAT 2023 Q.7.c, Figure 7.1; Q.7.d; rule nonresponse-switch,
    line 300]
  - add-psychotherapy: psychotherapy
    Consider adding psychotherapy early when response is poor. [CANMAT 2023
    Q.7.c, Figure 7.1; rule consider-psychotherapy, line 312]
  - augment: first-line: aripiprazole, brexpiprazole; second-line: bupropion,
    mirtazapine, mianserin, quetiapine, cariprazine, olanzapine, risperidone,
    esketamine, ketamine, lithium, liothyronine, modafinil
    After limited response to a first or second trial, consider adjunctive
    agents (Level 2): the first-line adjuncts of Table 7.2, then the
    second-line ones. After the options the rule names, from the catalog: its
    second-line adjunct rows. [CANMAT 2023 Q.7.c, Figure 7.1; Table 7.2; rule
    adjunct-after-limited-response, line 318]
  - augment: esketamine
    Intranasal esketamine, added to an oral antidepressant, is an option after
    2 or more failed adequate trials. [CANMAT 2023 Q.7.b; rule trd-esketamine,
    line 359]
  - neuromodulation: rTMS
    rTMS is first line for treatment-resistant depression and usually comes
    before ECT outside emergencies. [CANMAT 2023 Q.8, Table 8.3; rule
    trd-rtms, line 365]
  - neuromodulation: ECT
    ECT is second line for difficult-to-treat depression. [CANMAT 2023 Q.8,
    Table 8.3; rule trd-ect, line 371]

TRIALS
  #  treatment        class     role          start      weeks max mg  adequate
  1  sertraline       SSRI      monotherapy   2024-09-16  10.9    100  yes
     phq9 19 -> 17 (improvement 10.5%): nonresponse
     doses: 50 mg/day from 2024-09-16, 100 from 2024-09-30
  2  venlafaxine      SNRI      switch        2024-12-02  13.0    150  yes
     phq9 17 -> 13 (improvement 23.5%): nonresponse; ongoing
     doses: 75 mg/day from 2024-12-02, 150 from 2024-12-16

TREATMENT-RESISTANT DEPRESSION (two-adequate-trials is the guideline's)
  two-adequate-trials        MET     2 failed (needs 2): trials 1, 2; still
                                     running, so provisional: 2
  eu-pearl-2022              MET     2 failed (needs 2): trials 1, 2; still
                                     running, so provisional: 2
  canadian-2021              MET     2 failed (needs 2): trials 1, 2; still
                                     running, so provisional: 2
  different-classes          MET     2 failed (needs 2 from 2 classes; 2
                                     found): trials 1, 2; still running, so
                                     provisional: 2

STAGING
  thase-rush  stage II
              I yes, II yes, III no, IV no, V no
  mgh-s       score 2
              failed_trials 2, dose_optimization 0, augmentation 0, ect 0
  msm         score 5 (mild)
              duration 1, severity 3, failures 1, augmentation 0, ect 0
  esm         stage TRD1  [provisional encoding]
              nonresponder yes, TRD1 yes, TRD2 no, TRD3 no, TRD4 no, TRD5 no,
              CRD no

SOURCES
  canmat-2023: Lam RW, Kennedy SH, Adams C, et al. Canadian Network for Mood
  and Anxiety Treatments (CANMAT) 2023 Update on Clinical Guidelines for
  Management of Major Depressive Disorder in Adults. Can J Psychiatry.
  2024;69(9):641-687
  two-adequate-trials: Gaynes 2020 (Depress Anxiety 37:134); AHRQ 2018; CANMAT
  2023 Q.7.b
  eu-pearl-2022: EU-PEARL Delphi (Sforzini 2022), Table 1, Rec 3 and 10
  canadian-2021: Canadian consensus (Rybak 2021), Table 3
  different-classes: InSight (Rizvi 2014, Can J Psychiatry 59:349)
  thase-rush: Thase & Rush 1997 (J Clin Psychiatry 58 Suppl 13:23), via Fava
  2003
  mgh-s: MGH-S (Fava 2003, Biol Psychiatry 53:649); points per Hagg 2020 Panel
  1
  msm: Maudsley Staging Method (Fekadu 2009); Fekadu 2018 Table 3
  esm: European Staging Method (Souery 1999, Eur Neuropsychopharmacol 9:83)
