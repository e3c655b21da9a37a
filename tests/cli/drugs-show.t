# 'tpath drugs NAME' shows one drug in full, found by an alias in any case
# (Celexa): every row with its source number, the label limits of the
# safety rules with whom they apply to, the notes, then the sources cited.
$ tpath drugs Celexa
--- stdout
citalopram
  class: SSRI
  kind: antidepressant
  aliases: celexa, cipramil, citalopram hydrobromide
  antidepressant: line 1, 20-40 mg/day [1]
  high dose: up to 40 mg/day [2]
  label maximum: up to 40 mg/day [3]
    note: QT prolongation. The conditional 20 mg/day limits (FDA, March 2012:
      age over 60, hepatic impairment, CYP2C19 poor metabolizers, cimetidine or
      another CYP2C19 inhibitor) are safety rules encoded elsewhere, not here.
  dose limit: 40 mg/day, every patient [4]; above it: critical warning
    citalopram-qt-age
  dose limit: 20 mg/day, over 60, hepatic impairment, CYP2C19 poor metabolizer,
    or taking cimetidine or another CYP2C19 inhibitor [4]; above it: critical
    warning citalopram-qt-age
  note: STAR*D level 1 titrated citalopram up to 60 mg/day, above today's FDA
    label maximum of 40 mg/day.
Sources:
  [1] CANMAT 2023 Table 3.3
      Lam RW, Kennedy SH, Adams C, et al. Canadian Network for Mood and Anxiety
      Treatments (CANMAT) 2023 Update on Clinical Guidelines for Management of
      Major Depressive Disorder in Adults. Can J Psychiatry. 2024;69(9):641-687.
      Table 3.3
  [2] CPS Therapeutic Choices 2023 (depression, high doses)
      Canadian Pharmacists Association. CPS Therapeutic Choices, 2023.
      Depression chapter, antidepressant dosing: usual and high doses (high-dose
      column as recorded in clinical-facts.md section 5)
  [3] FDA Drug Safety Communication, 24 Aug 2011 (citalopram)
      U.S. Food and Drug Administration. FDA Drug Safety Communication, 24
      August 2011: citalopram (Celexa) should no longer be used at doses above
      40 mg per day because of dose-dependent QT interval prolongation
  [4] CELEXA (citalopram) prescribing information, sections 2.1, 2.3, 2.4
      Label text read 2026-12-02 (drugs.com/dosage/celexa.html): 2.1 maximum 40
      mg once daily (QT prolongation); 2.3 maximum 20 mg/day over 60 years, with
      hepatic impairment and in CYP2C19 poor metabolizers; 2.4 maximum 20 mg/day
      with a CYP2C19 inhibitor. FDA Drug Safety Communications of 24 August 2011
      and March 2012 (clinical reference sections 5 and 12 [S]); the March 2012
      revision names cimetidine.
