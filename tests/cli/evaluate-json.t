# The result/1 JSON of the relative-day example (golden).  Without
# --explain the trace is empty (the contract: present with --explain).
# The knowledge hash is masked by the harness (check_cli.c); provenance.t
# and check_provenance.c test its value.
$ tpath evaluate --format json docs/examples/demo-0002.yaml
--- stdout
{
  "tpath": "result/1",
  "history": "demo-0002",
  "as_of": 70,
  "episode": {
    "start": -30,
    "weeks": 14.3,
    "months": 3,
    "severity": "severe",
    "prior_episodes": null
  },
  "guideline": {
    "id": "canmat-2023",
    "version": "2023",
    "title": "CANMAT 2023 Update on Clinical Guidelines for Management of Major Depressive Disorder in Adults",
    "source": "Lam RW, Kennedy SH, Adams C, et al. Canadian Network for Mood and Anxiety Treatments (CANMAT) 2023 Update on Clinical Guidelines for Management of Major Depressive Disorder in Adults. Can J Psychiatry. 2024;69(9):641-687",
    "publisher": "Canadian Network for Mood and Anxiety Treatments (CANMAT)",
    "year": 2024,
    "url": "https://doi.org/10.1177/07067437241245384",
    "adequacy_min_weeks": 4.0,
    "trd": "two-adequate-trials"
  },
  "trials": [
    {
      "drug": "escitalopram",
      "class": "SSRI",
      "role": "monotherapy",
      "role_inferred": true,
      "start": 0,
      "stop": null,
      "weeks": 10.0,
      "weeks_at_therapeutic_dose": 10.0,
      "max_mg_per_day": 20.0,
      "adequate": true,
      "not_adequate_because": null,
      "scale": "qids-sr16",
      "baseline": 17,
      "latest": 11,
      "improvement_pct": 35.3,
      "outcome": "partial-response",
      "judged_until": null,
      "pdc": null,
      "judged_weeks": 10.0,
      "judged_until_by": null,
      "regimen_outcome": null,
      "min_therapeutic_mg_per_day": 10.0,
      "dose_source": "CANMAT 2023 Table 3.3",
      "dose_unit": "mg/day",
      "dose_optimized": true,
      "adherence": "unknown",
      "stop_reason": null,
      "baseline_date": 0,
      "latest_date": 70,
      "in_current_episode": true,
      "line": 6,
      "adds_to": null,
      "response_at_most": 8.5,
      "doses": [
        {
          "date": 0,
          "mg_per_day": 10.0,
          "at_therapeutic_dose": true
        },
        {
          "date": 28,
          "mg_per_day": 20.0,
          "at_therapeutic_dose": true
        }
      ]
    }
  ],
  "position": {
    "step": "first-trial",
    "label": "First antidepressant trial",
    "week": 10.0,
    "decision_point": null,
    "decision_point_state": null,
    "status": "assess",
    "trial": 0,
    "decision_points": [
      {
        "id": "early-improvement-window",
        "label": "Early improvement can be judged (2-4 weeks)",
        "from": "trial",
        "at_week": 2.0,
        "until_week": 4.0,
        "date": 14,
        "until": 28,
        "reached": true,
        "state": "passed"
      },
      {
        "id": "early-improvement-decision",
        "label": "By week 4 lack of early improvement calls for a change",
        "from": "trial",
        "at_week": 4.0,
        "until_week": 4.0,
        "date": 28,
        "until": 28,
        "reached": true,
        "state": "passed"
      },
      {
        "id": "adequate-trial-assessment",
        "label": "Response judged after an adequate trial (6-8 weeks at a therapeutic dose)",
        "from": "trial",
        "at_week": 6.0,
        "until_week": 8.0,
        "date": 42,
        "until": 56,
        "reached": true,
        "state": "passed"
      }
    ]
  },
  "recommendations": [
    {
      "action": "reassess",
      "options": [
        "diagnosis",
        "comorbidity",
        "adherence"
      ],
      "option_details": [
        {
          "name": "diagnosis",
          "line": null,
          "max_mg_per_day": null,
          "tried": null,
          "washout_days": null,
          "note": null
        },
        {
          "name": "comorbidity",
          "line": null,
          "max_mg_per_day": null,
          "tried": null,
          "washout_days": null,
          "note": null
        },
        {
          "name": "adherence",
          "line": null,
          "max_mg_per_day": null,
          "tried": null,
          "washout_days": null,
          "note": null
        }
      ],
      "rule": "poor-response-reassess",
      "source": "CANMAT 2023 Q.7.c, Figure 7.1",
      "line": 274,
      "rationale": "Poor response: first reassess the diagnosis, comorbidity and adherence."
    },
    {
      "action": "augment",
      "options": [
        "aripiprazole",
        "brexpiprazole"
      ],
      "option_details": [
        {
          "name": "aripiprazole",
          "line": 1,
          "max_mg_per_day": 10.0,
          "tried": null,
          "washout_days": null,
          "note": null
        },
        {
          "name": "brexpiprazole",
          "line": 1,
          "max_mg_per_day": 2.0,
          "tried": null,
          "washout_days": null,
          "note": null
        }
      ],
      "rule": "partial-response-adjunct",
      "source": "CANMAT 2023 Q.7.c, Figure 7.1",
      "line": 294,
      "rationale": "Partial response: when the antidepressant is well tolerated and no adjunct is running yet, add an adjunct first (first-line adjuncts, Table 7.2, are alternatives, not a combination). From the catalog: its first-line adjunct rows."
    },
    {
      "action": "add-psychotherapy",
      "options": [
        "psychotherapy"
      ],
      "option_details": [
        {
          "name": "psychotherapy",
          "line": null,
          "max_mg_per_day": null,
          "tried": null,
          "washout_days": null,
          "note": null
        }
      ],
      "rule": "consider-psychotherapy",
      "source": "CANMAT 2023 Q.7.c, Figure 7.1",
      "line": 312,
      "rationale": "Consider adding psychotherapy early when response is poor."
    }
  ],
  "trd": [
    {
      "definition": "two-adequate-trials",
      "met": false,
      "failed_trials": 1,
      "counted": [
        0
      ],
      "counted_ongoing": [
        0
      ],
      "undetermined": [],
      "source": "Gaynes 2020 (Depress Anxiety 37:134); AHRQ 2018; CANMAT 2023 Q.7.b",
      "title": "Two or more failed adequate antidepressant trials",
      "distinct_classes": 1,
      "needs_failures": 2,
      "needs_distinct_classes": 1
    },
    {
      "definition": "eu-pearl-2022",
      "met": false,
      "failed_trials": 0,
      "counted": [],
      "counted_ongoing": [],
      "undetermined": [],
      "source": "EU-PEARL Delphi (Sforzini 2022), Table 1, Rec 3 and 10",
      "title": "EU-PEARL Delphi consensus (2022)",
      "distinct_classes": 0,
      "needs_failures": 2,
      "needs_distinct_classes": 1
    },
    {
      "definition": "canadian-2021",
      "met": false,
      "failed_trials": 1,
      "counted": [
        0
      ],
      "counted_ongoing": [
        0
      ],
      "undetermined": [],
      "source": "Canadian consensus (Rybak 2021), Table 3",
      "title": "Canadian expert consensus (2021)",
      "distinct_classes": 1,
      "needs_failures": 2,
      "needs_distinct_classes": 1
    },
    {
      "definition": "different-classes",
      "met": false,
      "failed_trials": 1,
      "counted": [
        0
      ],
      "counted_ongoing": [
        0
      ],
      "undetermined": [],
      "source": "InSight (Rizvi 2014, Can J Psychiatry 59:349)",
      "title": "Two or more failed antidepressants from different classes (InSight)",
      "distinct_classes": 1,
      "needs_failures": 2,
      "needs_distinct_classes": 2
    }
  ],
  "staging": [
    {
      "model": "thase-rush",
      "applicable": true,
      "source": "Thase & Rush 1997 (J Clin Psychiatry 58 Suppl 13:23), via Fava 2003",
      "title": "Thase-Rush staging (1997)",
      "failed_trials": 1,
      "stage": "I",
      "score": null,
      "band": null,
      "components": {
        "I": true,
        "II": false,
        "III": false,
        "IV": false,
        "V": false
      }
    },
    {
      "model": "mgh-s",
      "applicable": true,
      "source": "MGH-S (Fava 2003, Biol Psychiatry 53:649); points per Hagg 2020 Panel 1",
      "title": "Massachusetts General Hospital staging (MGH-S)",
      "failed_trials": 1,
      "stage": null,
      "score": 1.5,
      "band": null,
      "components": {
        "failed_trials": 1.0,
        "dose_optimization": 0.5,
        "augmentation": 0.0,
        "ect": 0.0
      }
    },
    {
      "model": "msm",
      "applicable": true,
      "source": "Maudsley Staging Method (Fekadu 2009); Fekadu 2018 Table 3",
      "title": "Maudsley Staging Method (MSM)",
      "failed_trials": 1,
      "stage": null,
      "score": 6.0,
      "band": "mild",
      "components": {
        "duration": 1.0,
        "severity": 4.0,
        "failures": 1.0,
        "augmentation": 0.0,
        "ect": 0.0
      }
    },
    {
      "model": "esm",
      "applicable": true,
      "source": "European Staging Method (Souery 1999, Eur Neuropsychopharmacol 9:83)",
      "title": "European Staging Method (ESM)",
      "failed_trials": 1,
      "stage": "nonresponder",
      "score": null,
      "band": null,
      "components": {
        "nonresponder": true,
        "TRD1": false,
        "TRD2": false,
        "TRD3": false,
        "TRD4": false,
        "TRD5": false,
        "CRD": false
      },
      "status": "provisional",
      "status_reason": "The ESM defines TRD1-TRD5 by total treatment duration (12-16, 18-24, 24-32, 30-40, 36-52 weeks), ranges that overlap; they correspond to 2 to 6 adequate trials of 6-8 weeks, so tpath stages by the number of failed adequate trials. Chronic resistant depression (resistance for >= 12 months including augmentation) is read as: TRD, an augmentation used, and >= 12 months since the first failed trial began."
    }
  ],
  "warnings": [],
  "trace": [],
  "notice": "Decision support, not a prescription: tpath restates published guidelines and definitions for a clinician to weigh; it does not know the patient.",
  "measures": [
    {
      "date": 0,
      "scale": "qids-sr16",
      "score": 17,
      "line": 10
    },
    {
      "date": 28,
      "scale": "qids-sr16",
      "score": 15,
      "line": 11
    },
    {
      "date": 70,
      "scale": "qids-sr16",
      "score": 11,
      "line": 12
    }
  ],
  "scales": [
    {
      "id": "qids-sr16",
      "title": "Quick Inventory of Depressive Symptomatology, self-report (16 items)",
      "min": 0,
      "max": 27,
      "remission_at_most": 5,
      "remission_source": "STAR*D (Trivedi 2006, Am J Psychiatry 163:28)",
      "response_pct": 50.0,
      "partial_pct": 25.0
    }
  ],
  "provenance": {
    "engine": "0.6.2",
    "knowledge": "fnv1a64:<masked>",
    "guidelines": [
      {
        "kind": "vocabulary/1",
        "id": "tpath-vocabulary",
        "version": "2026.12.03",
        "builtin": true
      },
      {
        "kind": "drugs/1",
        "id": "tpath-drugs",
        "version": "2026.12.02",
        "builtin": true
      },
      {
        "kind": "timeline/1",
        "id": "tpath-timeline",
        "version": "2026.12.01",
        "builtin": true
      },
      {
        "kind": "trd/1",
        "id": "tpath-trd",
        "version": "2026.12.01",
        "builtin": true,
        "defines": [
          "two-adequate-trials",
          "eu-pearl-2022",
          "canadian-2021",
          "different-classes"
        ]
      },
      {
        "kind": "staging/1",
        "id": "tpath-staging",
        "version": "2026.12.01",
        "builtin": true,
        "defines": [
          "thase-rush",
          "mgh-s",
          "msm",
          "esm"
        ]
      },
      {
        "kind": "safety/1",
        "id": "tpath-safety",
        "version": "2026.12.03",
        "builtin": true
      },
      {
        "kind": "guideline/1",
        "id": "canmat-2023",
        "version": "2023",
        "builtin": true
      }
    ],
    "overrides": {},
    "data_dir": false
  }
}
