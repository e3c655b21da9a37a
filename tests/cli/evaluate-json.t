# The result/1 JSON of the relative-day example (golden).
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
      "min_therapeutic_mg_per_day": 10.0,
      "dose_source": "Lam RW, Kennedy SH, Adams C, et al. Canadian Network for Mood and Anxiety Treatments (CANMAT) 2023 Update on Clinical Guidelines for Management of Major Depressive Disorder in Adults. Can J Psychiatry. 2024;69(9):641-687. Table 3.3",
      "dose_unit": "mg/day",
      "dose_optimized": true,
      "adherence": "unknown",
      "stop_reason": null,
      "baseline_date": 0,
      "latest_date": 70,
      "in_current_episode": true,
      "line": 6
    }
  ],
  "position": {
    "step": "first-trial",
    "label": "First antidepressant trial",
    "week": 10.0,
    "decision_point": "early-improvement-decision",
    "status": "assess"
  },
  "recommendations": [
    {
      "action": "reassess",
      "options": [
        "diagnosis",
        "comorbidity",
        "adherence"
      ],
      "rule": "poor-response-reassess",
      "source": "CANMAT 2023 Q.7.c, Figure 7.1",
      "line": 207,
      "rationale": "Poor response: first reassess the diagnosis, comorbidity and adherence."
    },
    {
      "action": "augment",
      "options": [
        "aripiprazole",
        "brexpiprazole"
      ],
      "rule": "partial-response-adjunct",
      "source": "CANMAT 2023 Q.7.c, Figure 7.1",
      "line": 219,
      "rationale": "Partial response: when the antidepressant is well tolerated, add an adjunct first (first-line adjuncts, Table 7.2)."
    },
    {
      "action": "add-psychotherapy",
      "options": [
        "psychotherapy"
      ],
      "rule": "consider-psychotherapy",
      "source": "CANMAT 2023 Q.7.c, Figure 7.1",
      "line": 237,
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
      "source": "Gaynes BN, Lux L, Gartlehner G, et al. Defining treatment-resistant depression. Depress Anxiety. 2020;37(2):134-145 (systematic review: >= 2 failed trials of adequate dose and duration is the most common definition); AHRQ technology assessment 2018; CANMAT 2023 Q.7.b",
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
      "source": "Sforzini L, Worrell C, Kose M, et al. A Delphi-method-based consensus guideline for definition of treatment-resistant depression for clinical trials. Mol Psychiatry. 2022;27:1286-1299. doi:10.1038/s41380-021-01381-x, Table 1, Recommendations 3 and 10",
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
      "source": "Rybak YE, Lai KSP, Ramasubbu R, et al. Treatment-resistant major depressive disorder: Canadian expert consensus on definition and assessment. Depress Anxiety. 2021;38(4):456-467, Table 3",
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
      "source": "Rizvi SJ, Grima E, Tan M, et al. Treatment-resistant depression in primary care across Canada. Can J Psychiatry. 2014;59(7):349-357 (InSight: >= 2 antidepressants from different classes)",
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
      "source": "Thase ME, Rush AJ. When at first you don't succeed: sequential strategies for antidepressant nonresponders. J Clin Psychiatry. 1997;58 Suppl 13:23-29 (stages as summarised in Fava 2003)",
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
      "source": "Fava M. Diagnosis and definition of treatment-resistant depression. Biol Psychiatry. 2003;53(8):649-659 (MGH staging model); point rules as given in Hagg D, et al. PLoS One. 2020;15(8):e0236434, Panel 1",
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
      "source": "Fekadu A, Wooderson S, Donaldson C, et al. A multidimensional tool to quantify treatment resistance in depression: the Maudsley staging method. J Clin Psychiatry. 2009;70(2):177-184; dimensions and points as tabulated in Fekadu A, et al. BMC Psychiatry. 2018;18:100, Table 3",
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
      "source": "Souery D, Amsterdam J, de Montigny C, et al. Treatment resistant depression: methodological overview and operational criteria. Eur Neuropsychopharmacol. 1999;9(1-2):83-91 (European Staging Method)",
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
  "trace": [
    {
      "rule": "trd:two-adequate-trials",
      "source": "Gaynes BN, Lux L, Gartlehner G, et al. Defining treatment-resistant depression. Depress Anxiety. 2020;37(2):134-145 (systematic review: >= 2 failed trials of adequate dose and duration is the most common definition); AHRQ technology assessment 2018; CANMAT 2023 Q.7.b",
      "verdict": "not met",
      "line": 40,
      "parameters": {
        "failure_below_pct": 50.0,
        "min_weeks": 4.0,
        "count_augmentation": false,
        "inefficacy_without_scores": true,
        "scope": "current-episode"
      },
      "facts": {
        "failed_trials": 1,
        "distinct_classes": 1
      },
      "trials": [
        {
          "trial": 0,
          "treatment": "escitalopram",
          "counted": true,
          "because": "failed: adequate (10.0 weeks at or above 10 mg/day); improvement 35.3% on qids-sr16 is below 50%"
        }
      ]
    },
    {
      "rule": "trd:eu-pearl-2022",
      "source": "Sforzini L, Worrell C, Kose M, et al. A Delphi-method-based consensus guideline for definition of treatment-resistant depression for clinical trials. Mol Psychiatry. 2022;27:1286-1299. doi:10.1038/s41380-021-01381-x, Table 1, Recommendations 3 and 10",
      "verdict": "not met",
      "line": 52,
      "parameters": {
        "failure_below_pct": 25.0,
        "min_weeks": 4.0,
        "count_augmentation": false,
        "inefficacy_without_scores": false,
        "scope": "current-episode"
      },
      "facts": {
        "failed_trials": 0,
        "distinct_classes": 0
      },
      "trials": [
        {
          "trial": 0,
          "treatment": "escitalopram",
          "counted": false,
          "because": "adequate, not failed: improvement 35.3% on qids-sr16 is not below 25%"
        }
      ]
    },
    {
      "rule": "trd:canadian-2021",
      "source": "Rybak YE, Lai KSP, Ramasubbu R, et al. Treatment-resistant major depressive disorder: Canadian expert consensus on definition and assessment. Depress Anxiety. 2021;38(4):456-467, Table 3",
      "verdict": "not met",
      "line": 65,
      "parameters": {
        "failure_below_pct": 50.0,
        "min_weeks": 4.0,
        "count_augmentation": false,
        "inefficacy_without_scores": false,
        "scope": "current-episode"
      },
      "facts": {
        "failed_trials": 1,
        "distinct_classes": 1
      },
      "trials": [
        {
          "trial": 0,
          "treatment": "escitalopram",
          "counted": true,
          "because": "failed: adequate (10.0 weeks at or above 10 mg/day); improvement 35.3% on qids-sr16 is below 50%"
        }
      ]
    },
    {
      "rule": "trd:different-classes",
      "source": "Rizvi SJ, Grima E, Tan M, et al. Treatment-resistant depression in primary care across Canada. Can J Psychiatry. 2014;59(7):349-357 (InSight: >= 2 antidepressants from different classes)",
      "verdict": "not met",
      "line": 78,
      "parameters": {
        "failure_below_pct": 50.0,
        "min_weeks": 4.0,
        "count_augmentation": false,
        "inefficacy_without_scores": true,
        "scope": "current-episode"
      },
      "facts": {
        "failed_trials": 1,
        "distinct_classes": 1
      },
      "trials": [
        {
          "trial": 0,
          "treatment": "escitalopram",
          "counted": true,
          "because": "failed: adequate (10.0 weeks at or above 10 mg/day); improvement 35.3% on qids-sr16 is below 50%"
        }
      ]
    },
    {
      "rule": "staging:thase-rush",
      "source": "Thase ME, Rush AJ. When at first you don't succeed: sequential strategies for antidepressant nonresponders. J Clin Psychiatry. 1997;58 Suppl 13:23-29 (stages as summarised in Fava 2003)",
      "verdict": "stage I",
      "line": 38,
      "parameters": {
        "failure_below_pct": 50.0,
        "min_weeks": 4.0,
        "count_augmentation": false,
        "inefficacy_without_scores": true,
        "scope": "current-episode"
      },
      "facts": {
        "failed_trials": 1,
        "distinct_classes": 1,
        "optimized_failed_trials": 1,
        "augmentation_courses": 0,
        "ect_courses": 0,
        "episode_months": 3.0,
        "resistant_months": 2.0
      },
      "trials": [
        {
          "trial": 0,
          "treatment": "escitalopram",
          "counted": true,
          "because": "failed: adequate (10.0 weeks at or above 10 mg/day); improvement 35.3% on qids-sr16 is below 50%"
        }
      ]
    },
    {
      "rule": "staging:mgh-s",
      "source": "Fava M. Diagnosis and definition of treatment-resistant depression. Biol Psychiatry. 2003;53(8):649-659 (MGH staging model); point rules as given in Hagg D, et al. PLoS One. 2020;15(8):e0236434, Panel 1",
      "verdict": "score 1.5",
      "line": 56,
      "parameters": {
        "failure_below_pct": 50.0,
        "min_weeks": 6.0,
        "count_augmentation": false,
        "inefficacy_without_scores": true,
        "scope": "current-episode"
      },
      "facts": {
        "failed_trials": 1,
        "distinct_classes": 1,
        "optimized_failed_trials": 1,
        "augmentation_courses": 0,
        "ect_courses": 0,
        "episode_months": 3.0,
        "resistant_months": 2.0
      },
      "trials": [
        {
          "trial": 0,
          "treatment": "escitalopram",
          "counted": true,
          "because": "failed: adequate (10.0 weeks at or above 10 mg/day); improvement 35.3% on qids-sr16 is below 50%"
        }
      ]
    },
    {
      "rule": "staging:msm",
      "source": "Fekadu A, Wooderson S, Donaldson C, et al. A multidimensional tool to quantify treatment resistance in depression: the Maudsley staging method. J Clin Psychiatry. 2009;70(2):177-184; dimensions and points as tabulated in Fekadu A, et al. BMC Psychiatry. 2018;18:100, Table 3",
      "verdict": "score 6 (mild)",
      "line": 73,
      "parameters": {
        "failure_below_pct": 50.0,
        "min_weeks": 6.0,
        "count_augmentation": false,
        "inefficacy_without_scores": true,
        "scope": "current-episode"
      },
      "facts": {
        "failed_trials": 1,
        "distinct_classes": 1,
        "optimized_failed_trials": 1,
        "augmentation_courses": 0,
        "ect_courses": 0,
        "episode_months": 3.0,
        "resistant_months": 2.0
      },
      "trials": [
        {
          "trial": 0,
          "treatment": "escitalopram",
          "counted": true,
          "because": "failed: adequate (10.0 weeks at or above 10 mg/day); improvement 35.3% on qids-sr16 is below 50%"
        }
      ]
    },
    {
      "rule": "staging:esm",
      "source": "Souery D, Amsterdam J, de Montigny C, et al. Treatment resistant depression: methodological overview and operational criteria. Eur Neuropsychopharmacol. 1999;9(1-2):83-91 (European Staging Method)",
      "verdict": "stage nonresponder",
      "line": 102,
      "parameters": {
        "failure_below_pct": 50.0,
        "min_weeks": 6.0,
        "count_augmentation": false,
        "inefficacy_without_scores": true,
        "scope": "current-episode"
      },
      "facts": {
        "failed_trials": 1,
        "distinct_classes": 1,
        "optimized_failed_trials": 1,
        "augmentation_courses": 0,
        "ect_courses": 0,
        "episode_months": 3.0,
        "resistant_months": 2.0
      },
      "trials": [
        {
          "trial": 0,
          "treatment": "escitalopram",
          "counted": true,
          "because": "failed: adequate (10.0 weeks at or above 10 mg/day); improvement 35.3% on qids-sr16 is below 50%"
        }
      ]
    },
    {
      "rule": "step:initial",
      "source": "CANMAT 2023 Q.3.a, Table 3.1",
      "verdict": "false",
      "line": 91,
      "facts": {
        "current.exists": true
      }
    },
    {
      "rule": "step:first-trial",
      "source": "CANMAT 2023 Table 3.3",
      "verdict": "true",
      "line": 95,
      "facts": {
        "episode.trials": 1.0
      }
    },
    {
      "rule": "step:after-first-trial",
      "source": "CANMAT 2023 Q.7.c, Figure 7.1",
      "verdict": "false",
      "line": 99,
      "facts": {
        "episode.trials": 1.0
      }
    },
    {
      "rule": "step:difficult-to-treat",
      "source": "CANMAT 2023 Q.7.b",
      "verdict": "false",
      "line": 103,
      "facts": {
        "episode.trd": false
      }
    },
    {
      "rule": "step:maintenance",
      "source": "CANMAT 2023 Q.6, Table 2.1",
      "verdict": "false",
      "line": 107,
      "facts": {
        "episode.in_remission": false
      }
    },
    {
      "rule": "status:remission",
      "source": null,
      "verdict": "false",
      "line": 113,
      "facts": {
        "episode.in_remission": false
      }
    },
    {
      "rule": "status:not-started",
      "source": null,
      "verdict": "false",
      "line": 114,
      "facts": {
        "current.exists": true
      }
    },
    {
      "rule": "status:between-trials",
      "source": null,
      "verdict": "false",
      "line": 115,
      "facts": {
        "current.ongoing": true
      }
    },
    {
      "rule": "status:starting",
      "source": null,
      "verdict": "false",
      "line": 116,
      "facts": {
        "current.weeks": 10.0,
        "param.early_window_weeks": 2.0
      }
    },
    {
      "rule": "status:early-assessment",
      "source": null,
      "verdict": "false",
      "line": 117,
      "facts": {
        "current.weeks": 10.0,
        "param.early_decision_weeks": 4.0
      }
    },
    {
      "rule": "status:assess",
      "source": null,
      "verdict": "true",
      "line": 118,
      "facts": {
        "current.exists": true
      }
    },
    {
      "rule": "rule:initial-mild",
      "source": "CANMAT 2023 Q.3.a, Table 3.1",
      "verdict": "false",
      "line": 132,
      "facts": {
        "current.exists": true,
        "episode.severity": "severe"
      }
    },
    {
      "rule": "rule:initial-moderate",
      "source": "CANMAT 2023 Q.3.a, Table 3.1",
      "verdict": "false",
      "line": 138,
      "facts": {
        "current.exists": true,
        "episode.severity": "severe"
      }
    },
    {
      "rule": "rule:initial-severe",
      "source": "CANMAT 2023 Q.3.a, Table 3.1",
      "verdict": "false",
      "line": 145,
      "facts": {
        "current.exists": true,
        "episode.severity": "severe"
      }
    },
    {
      "rule": "rule:initial-severe-psychotherapy",
      "source": "CANMAT 2023 Q.3.a, Table 3.1",
      "verdict": "false",
      "line": 151,
      "facts": {
        "current.exists": true,
        "episode.severity": "severe"
      }
    },
    {
      "rule": "rule:initial-psychotic",
      "source": "CANMAT 2023 Q.3.a, Table 3.1",
      "verdict": "false",
      "line": 157,
      "facts": {
        "current.exists": true,
        "episode.severity": "severe"
      }
    },
    {
      "rule": "rule:psychotic-ect",
      "source": "CANMAT 2023 Q.8, Table 8.3",
      "verdict": "false",
      "line": 163,
      "facts": {
        "episode.severity": "severe",
        "episode.in_remission": false
      }
    },
    {
      "rule": "rule:suicidality-ect",
      "source": "CANMAT 2023 Q.8, Table 8.3",
      "verdict": "false",
      "line": 169,
      "facts": {
        "flag.high-suicide-risk": false,
        "episode.in_remission": false
      }
    },
    {
      "rule": "rule:too-early-continue",
      "source": "CANMAT 2023 Q.5.c",
      "verdict": "false",
      "line": 177,
      "facts": {
        "current.ongoing": true,
        "current.weeks": 10.0,
        "param.early_window_weeks": 2.0,
        "current.remission": false
      }
    },
    {
      "rule": "rule:early-improvement-continue",
      "source": "CANMAT 2023 Q.5.b, Q.7.d",
      "verdict": "false",
      "line": 183,
      "facts": {
        "current.ongoing": true,
        "current.weeks": 10.0,
        "param.early_window_weeks": 2.0,
        "param.early_decision_weeks": 4.0,
        "current.improvement_pct": 35.29411765,
        "param.early_improvement_pct": 20.0,
        "current.outcome": "partial-response"
      }
    },
    {
      "rule": "rule:no-early-improvement-increase",
      "source": "CANMAT 2023 Q.5.b, Q.7.d",
      "verdict": "false",
      "line": 189,
      "facts": {
        "current.ongoing": true,
        "current.weeks": 10.0,
        "param.early_window_weeks": 2.0,
        "param.early_decision_weeks": 4.0,
        "current.improvement_pct": 35.29411765,
        "param.early_improvement_pct": 20.0,
        "current.at_max_dose": true,
        "current.tolerated": null
      }
    },
    {
      "rule": "rule:no-early-improvement-intolerance",
      "source": "CANMAT 2023 Q.5.b, Q.7.d",
      "verdict": "false",
      "line": 195,
      "facts": {
        "current.ongoing": true,
        "current.weeks": 10.0,
        "param.early_window_weeks": 2.0,
        "param.early_decision_weeks": 4.0,
        "current.improvement_pct": 35.29411765,
        "param.early_improvement_pct": 20.0,
        "current.tolerated": null
      }
    },
    {
      "rule": "rule:below-therapeutic-dose",
      "source": "CANMAT 2023 Q.7.c, Figure 7.1",
      "verdict": "false",
      "line": 201,
      "facts": {
        "current.ongoing": true,
        "current.weeks": 10.0,
        "param.early_window_weeks": 2.0,
        "current.at_therapeutic_dose": true,
        "current.tolerated": null,
        "current.remission": false
      }
    },
    {
      "rule": "rule:poor-response-reassess",
      "source": "CANMAT 2023 Q.7.c, Figure 7.1",
      "verdict": "true",
      "line": 207,
      "facts": {
        "current.ongoing": true,
        "current.weeks": 10.0,
        "param.early_decision_weeks": 4.0,
        "current.outcome": "partial-response"
      }
    },
    {
      "rule": "rule:partial-response-optimise",
      "source": "CANMAT 2023 Q.7.c, Figure 7.1",
      "verdict": "false",
      "line": 213,
      "facts": {
        "current.ongoing": true,
        "current.weeks": 10.0,
        "param.early_decision_weeks": 4.0,
        "current.outcome": "partial-response",
        "current.at_therapeutic_dose": true,
        "current.at_max_dose": true,
        "current.tolerated": null
      }
    },
    {
      "rule": "rule:partial-response-adjunct",
      "source": "CANMAT 2023 Q.7.c, Figure 7.1",
      "verdict": "true",
      "line": 219,
      "facts": {
        "current.ongoing": true,
        "current.weeks": 10.0,
        "param.early_decision_weeks": 4.0,
        "current.outcome": "partial-response",
        "current.at_therapeutic_dose": true,
        "current.tolerated": null
      }
    },
    {
      "rule": "rule:nonresponse-switch",
      "source": "CANMAT 2023 Q.7.d",
      "verdict": "false",
      "line": 225,
      "facts": {
        "current.weeks": 10.0,
        "param.early_decision_weeks": 4.0,
        "current.outcome": "partial-response",
        "current.adequate": true
      }
    },
    {
      "rule": "rule:side-effects-switch",
      "source": "CANMAT 2023 Q.7.c, Figure 7.1",
      "verdict": "unknown",
      "line": 231,
      "facts": {
        "current.tolerated": null
      }
    },
    {
      "rule": "rule:consider-psychotherapy",
      "source": "CANMAT 2023 Q.7.c, Figure 7.1",
      "verdict": "true",
      "line": 237,
      "facts": {
        "current.weeks": 10.0,
        "param.early_decision_weeks": 4.0,
        "current.outcome": "partial-response",
        "episode.psychotherapy": false
      }
    },
    {
      "rule": "rule:adjunct-after-limited-response",
      "source": "CANMAT 2023 Q.7.c, Figure 7.1",
      "verdict": "false",
      "line": 243,
      "facts": {
        "current.ongoing": true,
        "episode.trials": 1.0,
        "current.outcome": "partial-response",
        "current.augmented": false
      }
    },
    {
      "rule": "rule:trd-esketamine",
      "source": "CANMAT 2023 Q.7.b",
      "verdict": "false",
      "line": 252,
      "facts": {
        "episode.trd": false,
        "episode.in_remission": false
      }
    },
    {
      "rule": "rule:trd-rtms",
      "source": "CANMAT 2023 Q.8, Table 8.3",
      "verdict": "false",
      "line": 258,
      "facts": {
        "episode.trd": false,
        "episode.in_remission": false
      }
    },
    {
      "rule": "rule:trd-ect",
      "source": "CANMAT 2023 Q.8, Table 8.3",
      "verdict": "false",
      "line": 264,
      "facts": {
        "episode.trd": false,
        "episode.in_remission": false
      }
    },
    {
      "rule": "rule:remission-maintain",
      "source": "CANMAT 2023 Q.6, Table 2.1",
      "verdict": "false",
      "line": 272,
      "facts": {
        "episode.in_remission": false
      }
    },
    {
      "rule": "rule:remission-maintain-longer",
      "source": "CANMAT 2023 Q.6, Table 2.1",
      "verdict": "false",
      "line": 278,
      "facts": {
        "episode.in_remission": false,
        "episode.prior_episodes": null
      }
    },
    {
      "rule": "safety:washout-fluoxetine-to-maoi",
      "source": "CANMAT 2023 Q.7.d; APA Practice Guideline for Major Depressive Disorder 2000; CPS Therapeutic Choices 2023 Table 5: washouts to an MAOI of >= 2 weeks (3 weeks after clomipramine or imipramine, 5 weeks after fluoxetine), 2 weeks from an irreversible MAOI to any antidepressant, 5 days from moclobemide",
      "verdict": "false",
      "line": 36,
      "facts": {}
    },
    {
      "rule": "safety:washout-clomipramine-imipramine-to-maoi",
      "source": "CANMAT 2023 Q.7.d; APA Practice Guideline for Major Depressive Disorder 2000; CPS Therapeutic Choices 2023 Table 5: washouts to an MAOI of >= 2 weeks (3 weeks after clomipramine or imipramine, 5 weeks after fluoxetine), 2 weeks from an irreversible MAOI to any antidepressant, 5 days from moclobemide",
      "verdict": "false",
      "line": 43,
      "facts": {}
    },
    {
      "rule": "safety:washout-antidepressant-to-maoi",
      "source": "CANMAT 2023 Q.7.d; APA Practice Guideline for Major Depressive Disorder 2000; CPS Therapeutic Choices 2023 Table 5: washouts to an MAOI of >= 2 weeks (3 weeks after clomipramine or imipramine, 5 weeks after fluoxetine), 2 weeks from an irreversible MAOI to any antidepressant, 5 days from moclobemide",
      "verdict": "false",
      "line": 50,
      "facts": {}
    },
    {
      "rule": "safety:washout-maoi-to-antidepressant",
      "source": "CANMAT 2023 Q.7.d; APA Practice Guideline for Major Depressive Disorder 2000; CPS Therapeutic Choices 2023 Table 5: washouts to an MAOI of >= 2 weeks (3 weeks after clomipramine or imipramine, 5 weeks after fluoxetine), 2 weeks from an irreversible MAOI to any antidepressant, 5 days from moclobemide",
      "verdict": "false",
      "line": 57,
      "facts": {}
    },
    {
      "rule": "safety:washout-moclobemide-to-antidepressant",
      "source": "CANMAT 2023 Q.7.d; APA Practice Guideline for Major Depressive Disorder 2000; CPS Therapeutic Choices 2023 Table 5: washouts to an MAOI of >= 2 weeks (3 weeks after clomipramine or imipramine, 5 weeks after fluoxetine), 2 weeks from an irreversible MAOI to any antidepressant, 5 days from moclobemide",
      "verdict": "false",
      "line": 64,
      "facts": {}
    },
    {
      "rule": "safety:maoi-with-serotonergic",
      "source": "NICE NG222 (2022) Depression in adults, recommendation 1.9.9: do not combine an SSRI, SNRI or TCA with an MAOI",
      "verdict": "false",
      "line": 74,
      "facts": {}
    },
    {
      "rule": "safety:dose-above-usual-maximum",
      "source": "CANMAT 2023, Table 3.3: recommended dose ranges of antidepressants (usual maximum = upper bound)",
      "verdict": "false",
      "line": 83,
      "facts": {}
    },
    {
      "rule": "safety:citalopram-above-40",
      "source": "U.S. FDA Drug Safety Communication, 24 August 2011: citalopram should no longer be used at doses above 40 mg/day (QT prolongation)",
      "verdict": "false",
      "line": 90,
      "facts": {}
    },
    {
      "rule": "safety:citalopram-above-20-at-risk",
      "source": "U.S. FDA, March 2012: citalopram no more than 20 mg/day over age 60, with hepatic impairment, in CYP2C19 poor metabolizers, or with cimetidine or another CYP2C19 inhibitor",
      "verdict": "false",
      "line": 97,
      "facts": {}
    },
    {
      "rule": "safety:young-adult-activation",
      "source": "CANMAT 2023 Q.3.j: under 25, watch for akathisia and agitation with SSRIs/SNRIs; over 65, GI bleeding, hyponatraemia and QTc",
      "verdict": "false",
      "line": 106,
      "facts": {}
    },
    {
      "rule": "safety:older-adult-monitoring",
      "source": "CANMAT 2023 Q.3.j: under 25, watch for akathisia and agitation with SSRIs/SNRIs; over 65, GI bleeding, hyponatraemia and QTc",
      "verdict": "false",
      "line": 113,
      "facts": {}
    },
    {
      "rule": "safety:suicidality-after-stopping",
      "source": "CANMAT 2023 Q.3.h: enhanced monitoring of suicidality in the first 4 weeks after starting or stopping an antidepressant",
      "verdict": "false",
      "line": 120,
      "facts": {}
    },
    {
      "rule": "safety:early-suicidality-monitoring",
      "source": "CANMAT 2023 Q.3.h: enhanced monitoring of suicidality in the first 4 weeks after starting or stopping an antidepressant",
      "verdict": "false",
      "line": 127,
      "facts": {}
    }
  ],
  "notice": "Decision support, not a prescription: tpath restates published guidelines and definitions for a clinician to weigh; it does not know the patient."
}
