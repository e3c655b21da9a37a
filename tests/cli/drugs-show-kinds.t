# An interacting drug is shown as not a treatment, with the list that
# names it; a provisional row says why.
$ tpath drugs linezolid; tpath drugs fluvoxamine
--- stdout
linezolid
  class: MAOI-acting
  kind: interacting
  aliases: zyvox
  not a treatment: interacts with antidepressants; a history names it under
    concomitant, never as a treatment [1]
  note: An antibiotic that acts as an MAOI.
Sources:
  [1] Product labels, MAOI contraindications (clinical reference section 12)
      Product labels (Contraindications sections) as collected in the project
      clinical reference, section 12 'Safety (product labels)': MAOIs
      (phenelzine, tranylcypromine, isocarboxazid, selegiline; moclobemide as a
      reversible MAOI-A; linezolid and IV methylene blue act as MAOIs) are
      contraindicated together with SSRIs, SNRIs, TCAs, vortioxetine,
      vilazodone, bupropion, mirtazapine, trazodone, buspirone, dextromethorphan
      (also in dextromethorphan-bupropion), stimulants (methylphenidate,
      amphetamines), opioids with serotonergic action (tramadol, meperidine,
      methadone, fentanyl), triptans and St John's wort. The reference asks to
      verify each label's Contraindications section.
fluvoxamine
  class: SSRI
  kind: antidepressant
  aliases: luvox, fluvoxamine maleate
  antidepressant: from 150 mg/day (provisional) [1]
    provisional: The CANMAT 2023 Table 3.3 row for fluvoxamine was not recovered
      (it was first line in CANMAT 2016), so no 2023 line or range is known. The
      minimum is the lower bound of the CPS Therapeutic Choices 2023 usual range
      (150-200 mg/day) instead.
  high dose: up to 400 mg/day [1]
Sources:
  [1] CPS Therapeutic Choices 2023 (depression, high doses)
      Canadian Pharmacists Association. CPS Therapeutic Choices, 2023.
      Depression chapter, antidepressant dosing: usual and high doses (high-dose
      column as recorded in clinical-facts.md section 5)
