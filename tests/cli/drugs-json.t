# 'tpath drugs --format json NAME': the drug as one JSON object (absent
# rows null, whole doses as integers, the limits of the safety rules).
$ tpath drugs --format json esketamine; tpath drugs --format=json citalopram | sed -n '/"limits"/,/^  \]/p'
--- stdout
{
  "name": "esketamine",
  "class": "NMDA",
  "kind": "augmenting-agent",
  "unit": "mg/session",
  "aliases": [
    "spravato",
    "intranasal esketamine",
    "esketamine hydrochloride"
  ],
  "when_added": null,
  "antidepressant": null,
  "adjunct": {
    "line": 2,
    "min": 56,
    "max": 84,
    "source": {
      "id": "canmat-2023-t7.2",
      "citation": "CANMAT 2023 Table 7.2",
      "summary": "Lam RW, Kennedy SH, Adams C, et al. Canadian Network for Mood and Anxiety Treatments (CANMAT) 2023 Update on Clinical Guidelines for Management of Major Depressive Disorder in Adults. Can J Psychiatry. 2024;69(9):641-687. Table 7.2"
    },
    "provisional": false,
    "reason": null,
    "note": "Intranasal, mg per session."
  },
  "high": null,
  "label_max": null,
  "limits": [],
  "source": null,
  "note": null
}
  "limits": [
    {
      "id": "citalopram-label",
      "max": 40,
      "applies_to": null,
      "code": "citalopram-qt-age",
      "severity": "critical",
      "source": {
        "id": "celexa-label",
        "citation": "CELEXA (citalopram) prescribing information, sections 2.1, 2.3, 2.4",
        "summary": "Label text read 2026-12-02 (drugs.com/dosage/celexa.html): 2.1 maximum 40 mg once daily (QT prolongation); 2.3 maximum 20 mg/day over 60 years, with hepatic impairment and in CYP2C19 poor metabolizers; 2.4 maximum 20 mg/day with a CYP2C19 inhibitor.  FDA Drug Safety Communications of 24 August 2011 and March 2012 (clinical reference sections 5 and 12 [S]); the March 2012 revision names cimetidine."
      }
    },
    {
      "id": "citalopram-at-risk",
      "max": 20,
      "applies_to": "over 60, hepatic impairment, CYP2C19 poor metabolizer, or taking cimetidine or another CYP2C19 inhibitor",
      "code": "citalopram-qt-age",
      "severity": "critical",
      "source": {
        "id": "celexa-label",
        "citation": "CELEXA (citalopram) prescribing information, sections 2.1, 2.3, 2.4",
        "summary": "Label text read 2026-12-02 (drugs.com/dosage/celexa.html): 2.1 maximum 40 mg once daily (QT prolongation); 2.3 maximum 20 mg/day over 60 years, with hepatic impairment and in CYP2C19 poor metabolizers; 2.4 maximum 20 mg/day with a CYP2C19 inhibitor.  FDA Drug Safety Communications of 24 August 2011 and March 2012 (clinical reference sections 5 and 12 [S]); the March 2012 revision names cimetidine."
      }
    }
  ],
