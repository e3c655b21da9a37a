#!/usr/bin/env python3
"""request.py - builds a CDS Hooks 2.0 patient-view request from FHIR test
data, as an EHR that fulfilled the prefetch templates of `tpath serve`'s
discovery would send it.

usage: request.py INPUT [--omit KEY]... [--null KEY]...
                  [--fhir-server URL [--token TOKEN]]

INPUT is a Bundle (.json) or a folder of resource files.  The Patient goes
under "patient" as a resource; every other resource of a prefetched type
goes into a searchset Bundle under its key; a key with nothing is null
("queried, nothing").  A transaction Bundle's urn:uuid: references (Synthea)
are rewritten to TYPE/ID, as the FHIR server that stored it would answer a
search.  --omit leaves a key out (not
fulfilled); --null sends null whatever the data holds; --omit all leaves
every key out.  --fhir-server adds fhirServer, and --token
fhirAuthorization with that bearer token.  Output: the request
as JSON on standard output, keys in a fixed order.
"""
import json
import os
import sys

KEYS = [
    ("patient", "Patient"),
    ("medicationRequests", "MedicationRequest"),
    ("medicationDispenses", "MedicationDispense"),
    ("medicationStatements", "MedicationStatement"),
    ("phq9", "Observation"),
    ("conditions", "Condition"),
    ("procedures", "Procedure"),
]
PHQ9 = {"44261-6", "44249-1"}


def entries(path):
    """(fullUrl or None, resource) for every resource of INPUT."""
    if os.path.isdir(path):
        for name in sorted(os.listdir(path)):
            if name.endswith(".json"):
                with open(os.path.join(path, name)) as f:
                    yield from entries_of(json.load(f))
    else:
        with open(path) as f:
            yield from entries_of(json.load(f))


def entries_of(doc):
    if doc.get("resourceType") == "Bundle":
        for e in doc.get("entry", []):
            if "resource" in e:
                yield e.get("fullUrl"), e["resource"]
    else:
        yield None, doc


def rewrite(node, urls):
    """Replaces every reference that is a fullUrl of the input."""
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "reference" and isinstance(v, str) and v in urls:
                node[k] = urls[v]
            else:
                rewrite(v, urls)
    elif isinstance(node, list):
        for v in node:
            rewrite(v, urls)


def is_phq9(res):
    codes = res.get("code", {}).get("coding", [])
    return any(c.get("code") in PHQ9 for c in codes)


def main(argv):
    path, omit, null, server, token = None, set(), set(), None, None
    i = 0
    while i < len(argv):
        if argv[i] in ("--omit", "--null") and i + 1 < len(argv):
            (omit if argv[i] == "--omit" else null).add(argv[i + 1])
            i += 2
        elif argv[i] == "--fhir-server" and i + 1 < len(argv):
            server = argv[i + 1]
            i += 2
        elif argv[i] == "--token" and i + 1 < len(argv):
            token = argv[i + 1]
            i += 2
        else:
            path = argv[i]
            i += 1
    if path is None:
        sys.exit(__doc__)
    patient, patient_id, found = None, None, {k: [] for k, _ in KEYS}
    all_entries = list(entries(path))
    urls = {full: "%s/%s" % (res.get("resourceType"), res.get("id"))
            for full, res in all_entries if full and res.get("id")}
    for full, res in all_entries:
        rewrite(res, urls)
        rt = res.get("resourceType")
        if rt == "Patient":
            patient, patient_id = res, res.get("id")
            continue
        if rt == "Observation" and not is_phq9(res):
            continue
        for key, t in KEYS:
            if t == rt:
                found[key].append({"resource": res})
    prefetch = {}
    if "all" in omit:
        omit = {k for k, _ in KEYS}
    for key, _ in KEYS:
        if key in omit:
            continue
        if key in null:
            prefetch[key] = None
        elif key == "patient":
            prefetch[key] = patient
        elif found[key]:
            prefetch[key] = {"resourceType": "Bundle", "type": "searchset",
                             "total": len(found[key]), "entry": found[key]}
        else:
            prefetch[key] = None
    req = {
        "hookInstance": "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea",
        "hook": "patient-view",
        "context": {"userId": "Practitioner/example",
                    "patientId": patient_id or "example"},
        "prefetch": prefetch,
    }
    if server:
        req["fhirServer"] = server
    if token:
        req["fhirAuthorization"] = {
            "access_token": token, "token_type": "Bearer",
            "expires_in": 300, "scope": "user/Patient.read",
            "subject": "tpath-test"}
    json.dump(req, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1:])
