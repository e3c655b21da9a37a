#!/usr/bin/env python3
"""An independent reading of the real-shaped FHIR data in tests/fhir/real.

For every eCQM case folder and Synthea bundle, this script works out from
the FHIR resources themselves (not from tpath) what an import must hold:

- every antidepressant record (MedicationRequest, MedicationStatement,
  MedicationDispense that is not entered-in-error, cancelled, ... or
  doNotPerform), named by its RxNorm code in guidelines/fhir.yaml or by a
  word of its text that guidelines/drugs.yaml lists as an antidepressant;
- exactly the PHQ-9 totals that are final, amended or corrected and in
  range 0-27, in every shape ehr-facts.md lists (44261-6; the panel 44249-1
  with a 44261-6 component or its own value; PHQ-9M 89204-2 / 89206-7),
  one per day and value;
- psychotherapy procedures (CPT 90832-90838, 90853; SNOMED CT 108313002;
  whole words) make a case importable;
- ECT and rTMS only where a Procedure is coded CPT 90870 / 90867-90869 or
  names them in whole words;
- no name, birth date or identifier of the patient.

It then runs `tpath import fhir` on the case and compares.  It prints one
line per deck with its counts, and one line per case that differs.  Run it
from the top of the checkout: python3 tests/fhir/real/oracle.py [TPATH]
"""
import glob
import json
import os
import re
import subprocess
import sys

import yaml

TPATH = sys.argv[1] if len(sys.argv) > 1 else "./tpath"
BAD_STATUS = {"entered-in-error", "cancelled", "not-taken", "declined",
              "not-done", "draft"}
FINAL = {"final", "amended", "corrected"}


def load_yaml(path):
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)


drugs = load_yaml("guidelines/drugs.yaml")["drugs"]
antidepressant = {}  # lower-case name or alias -> catalog name
for d in drugs:
    if d.get("kind") in ("antidepressant", "both"):
        for n in [d["name"]] + list(d.get("aliases", [])):
            antidepressant[n.lower()] = d["name"]
rxnorm = {e["code"]: e["drug"] for e in load_yaml("guidelines/fhir.yaml")["rxnorm"]}


def resources(case):
    """Every resource of a case, read once by (type, id)."""
    files = [case] if os.path.isfile(case) else sorted(
        glob.glob(os.path.join(case, "*.json")))
    seen, out = set(), []

    def add(r):
        if not isinstance(r, dict):
            return
        if r.get("resourceType") == "Bundle":
            for e in r.get("entry", []):
                add(e.get("resource"))
            return
        key = (r.get("resourceType"), r.get("id"))
        if r.get("id") and key in seen:
            return
        seen.add(key)
        out.append(r)

    for f in files:
        with open(f, encoding="utf-8") as fh:
            add(json.load(fh))
    return out


def med_name(r, by_id):
    cc = r.get("medicationCodeableConcept")
    if cc is None and "medicationReference" in r:
        ref = r["medicationReference"].get("reference", "")
        cc = by_id.get(ref.split("/")[-1].lstrip("#"), {}).get("code", {})
    cc = cc or {}
    for c in cc.get("coding", []):
        if c.get("code") in rxnorm:
            return rxnorm[c["code"]]
    texts = [cc.get("text")] + [c.get("display") for c in cc.get("coding", [])]
    for t in texts:
        for w in re.split(r"[ ,/]+", (t or "").lower()):
            if w in antidepressant:
                return antidepressant[w]
    return None


def value(o):
    if isinstance(o.get("valueInteger"), int):
        return o["valueInteger"]
    q = o.get("valueQuantity", {}).get("value")
    if isinstance(q, (int, float)) and float(q).is_integer():
        return int(q)
    s = o.get("valueString")
    if isinstance(s, str) and s.isdigit() and len(s) < 6:
        return int(s)
    return None


def codes(cc):
    return {c.get("code") for c in (cc or {}).get("coding", [])}


def phq9(o):
    """The PHQ-9 total of an Observation, or None."""
    cs = codes(o.get("code"))
    v = None
    if cs & {"44261-6", "89204-2"}:
        v = value(o)
    elif cs & {"44249-1", "89206-7"}:
        total = "44261-6" if "44249-1" in cs else "89204-2"
        for comp in o.get("component", []):
            if total in codes(comp.get("code")):
                v = value(comp)
                break
        else:
            v = value(o)
    else:
        return None
    if o.get("status") not in FINAL or v is None or not 0 <= v <= 27:
        return None
    return v


WORDS = re.compile(r"\b(ect|electroconvulsive|rtms|transcranial magnetic)\b",
                   re.I)


def ect_rtms(p):
    cs = codes(p.get("code"))
    if cs & {"90870", "90867", "90868", "90869"}:
        return True
    texts = [p.get("code", {}).get("text")] + [
        c.get("display") for c in p.get("code", {}).get("coding", [])]
    return any(WORDS.search(t or "") for t in texts)


PSY_CODES = {"90832", "90833", "90834", "90836", "90837", "90838", "90853",
             "108313002"}
PSY_WORDS = re.compile(r"\b(psychotherapy|cognitive behaviou?ral)\b", re.I)


def psychotherapy(p):
    if codes(p.get("code")) & PSY_CODES:
        return True
    texts = [p.get("code", {}).get("text")] + [
        c.get("display") for c in p.get("code", {}).get("coding", [])]
    return any(PSY_WORDS.search(t or "") for t in texts)


def expected(case):
    rs = resources(case)
    by_id = {r.get("id"): r for r in rs if r.get("resourceType") == "Medication"}
    for r in rs:
        for c in r.get("contained", []):
            by_id[c.get("id")] = c
    drugs_, scores, procs, psy, phi = set(), set(), 0, 0, []
    for r in rs:
        t = r.get("resourceType")
        if t == "Patient":
            for n in r.get("name", []):
                phi += [x for x in n.get("given", []) + [n.get("family")] if x]
            phi += [i.get("value") for i in r.get("identifier", []) if i.get("value")]
            if r.get("birthDate"):
                phi.append(r["birthDate"])
        if r.get("status") in BAD_STATUS:
            continue
        if t in ("MedicationRequest", "MedicationStatement", "MedicationDispense"):
            if r.get("doNotPerform") is True:
                continue
            n = med_name(r, by_id)
            if n:
                drugs_.add(n)
        elif t == "Observation":
            v = phq9(r)
            date = (r.get("effectiveDateTime")
                    or r.get("effectivePeriod", {}).get("start")
                    or r.get("issued") or "")[:10]
            if v is not None:
                scores.add((date, v))
        elif t == "Procedure" and ect_rtms(r):
            procs += 1
        elif t == "Procedure" and psychotherapy(r):
            psy += 1
    return drugs_, scores, procs, psy, phi


def imported(case):
    p = subprocess.run([TPATH, "import", "fhir", case], capture_output=True,
                       text=True)
    if p.returncode != 0:
        return p.returncode, p.stdout, set(), set(), 0
    doc = yaml.safe_load(p.stdout)
    courses = {t["drug"] for t in doc.get("treatments", []) if "drug" in t}
    scores = {(str(m["date"]), m["score"]) for m in doc.get("measures", [])
              if m["scale"] == "phq9"}
    procs = sum(1 for t in doc.get("treatments", [])
                if t.get("intervention") in ("ect", "rtms"))
    return 0, p.stdout, courses, scores, procs


def main():
    decks = [("cms128", sorted(glob.glob("tests/fhir/real/ecqm/cms128/*/"))),
             ("cms159", sorted(glob.glob("tests/fhir/real/ecqm/cms159/*/"))),
             ("cms2", sorted(glob.glob("tests/fhir/real/ecqm/cms2/*/"))),
             ("synthea", sorted(glob.glob("tests/fhir/real/synthea/*.json")))]
    bad = 0
    for name, cases in decks:
        n = clinical = ok_import = with_ad = ad_ok = sc_ok = 0
        for case in cases:
            n += 1
            drugs_, scores, procs, psy, phi = expected(case)
            rc, out, got_d, got_s, got_p = imported(case)
            short = os.path.basename(case.rstrip("/"))
            has = bool(drugs_ or scores or procs or psy)
            clinical += has
            if has != (rc == 0):
                bad += 1
                print(f"{name}/{short}: expected {'an import' if has else 'exit 3'}, got exit {rc}")
                continue
            if rc != 0:
                continue
            ok_import += 1
            with_ad += bool(drugs_)
            if drugs_ <= got_d:
                ad_ok += bool(drugs_)
            else:
                bad += 1
                print(f"{name}/{short}: antidepressants {sorted(drugs_)}, courses {sorted(got_d)}")
            if scores == got_s:
                sc_ok += 1
            else:
                bad += 1
                print(f"{name}/{short}: PHQ-9 {sorted(scores)}, imported {sorted(got_s)}")
            if got_p != procs:
                bad += 1
                print(f"{name}/{short}: {procs} ECT/rTMS in the source, {got_p} imported")
            leaked = [x for x in phi if x in out]
            if leaked:
                bad += 1
                print(f"{name}/{short}: patient data in the output: {len(leaked)} item(s)")
        print(f"{name}: {n} cases, {clinical} with an antidepressant, PHQ-9 or "
              f"procedure, {ok_import} imported; {ad_ok} of {with_ad} with every "
              f"antidepressant as a course; {sc_ok} with exactly the final "
              f"in-range PHQ-9 scores")
    print("differences:", bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
