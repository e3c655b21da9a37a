#!/usr/bin/env python3
"""For tests/cli/batch-csv-json.t: runs `tpath evaluate --batch` over INPUT
with --format json and with --format csv (extra arguments are passed to
both) and checks, with Python's own json and csv readers, that the CSV is
RFC 4180 with CRLF records, that its header names the columns the results'
TRD definitions and staging models give, and that every cell of every row
holds what docs/result-format.md ("CSV") says, taken from the JSON line of
the same document (an error/1 line for a row with an error).  Prints the
number of columns and of error rows; exits 1 naming the first
difference."""
import csv
import io
import json
import subprocess
import sys


def run(tpath, fmt, args):
    p = subprocess.run([tpath, "evaluate", "--batch", "--format", fmt] + args,
                       stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    return p.returncode, p.stdout


def fail(msg):
    print("csv_vs_json: " + msg)
    sys.exit(1)


def cell_of(v):
    if v is None:
        return ""
    if v is True:
        return "true"
    if v is False:
        return "false"
    return str(v)


def expected(col, r):
    pos = r["position"]
    if col == "id":
        return cell_of(r["history"])
    if col == "guideline":
        return cell_of(r["guideline"]["id"])
    if col == "as_of":
        return cell_of(r["as_of"])
    if col in ("step", "status", "decision_point", "decision_point_state"):
        return cell_of(pos.get(col))
    if col.startswith("trd_"):
        for t in r["trd"]:
            if col == "trd_%s_met" % t["definition"]:
                return cell_of(t["met"])
            if col == "trd_%s_failed" % t["definition"]:
                return cell_of(t["failed_trials"])
    if col.startswith("staging_"):
        for m in r["staging"]:
            if col == "staging_%s_stage" % m["model"]:
                return cell_of(m["stage"])
            if col == "staging_%s_score" % m["model"]:
                return cell_of(m["score"])
    if col == "first_recommendation":
        recs = r["recommendations"]
        return recs[0]["action"] if recs else ""
    if col == "recommendations":
        return str(len(r["recommendations"]))
    if col == "warnings":
        return ";".join(w["code"] for w in r["warnings"])
    if col == "critical":
        return str(sum(w["severity"] == "critical" for w in r["warnings"]))
    if col == "error":
        return ""
    fail("a column the check does not know: " + col)


def main():
    tpath, args = sys.argv[1], sys.argv[2:]
    js, jout = run(tpath, "json", args)
    cs, cout = run(tpath, "csv", args)
    if js != cs:
        fail("exit status %d with json, %d with csv" % (js, cs))
    text = cout.decode("utf-8")
    records = text.split("\r\n")
    if records[-1] != "":
        fail("the output does not end with CRLF")
    rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    lines = jout.decode("utf-8").splitlines()
    if len(rows) != len(lines) + 1:
        fail("%d CSV rows for %d JSON lines" % (len(rows) - 1, len(lines)))
    head = rows[0]
    errors = 0
    for i, (line, row) in enumerate(zip(lines, rows[1:])):
        # reals kept as the JSON text writes them ("2.0")
        r = json.loads(line, parse_float=str)
        if len(row) != len(head):
            fail("row %d: %d cells under %d columns" % (i, len(row), len(head)))
        if r["tpath"] == "error/1":
            errors += 1
            # the id (known only when the history loaded) is not in error/1
            if row[-1] != r["error"] or any(row[1:-1]):
                fail("row %d: %r for the error %r" % (i, row, r["error"]))
            continue
        # a ladder model has a stage and no score, a points model the
        # reverse: its column is named by the one it has
        want_head = (["id", "guideline", "as_of", "step", "status",
                      "decision_point", "decision_point_state"] +
                     [c for t in r["trd"] for c in
                      ("trd_%s_met" % t["definition"],
                       "trd_%s_failed" % t["definition"])])
        k = len(want_head)
        for m in r["staging"]:
            col = head[k] if k < len(head) else ""
            if col == "staging_%s_stage" % m["model"]:
                ok = m["score"] is None
            elif col == "staging_%s_score" % m["model"]:
                ok = m["stage"] is None
            else:
                ok = False
            if not ok:
                fail("row %d: column %d is %r for staging model %r"
                     % (i, k, col, m))
            want_head.append(col)
            k += 1
        want_head += ["first_recommendation", "recommendations", "warnings",
                      "critical", "error"]
        if head != want_head:
            fail("row %d: header %r, expected %r" % (i, head, want_head))
        for col, got in zip(head, row):
            want = expected(col, r)
            if got != want:
                fail("row %d (%s): %s is %r, the JSON gives %r" %
                     (i, r["history"], col, got, want))
    # not the number of rows: it grows with the vignettes
    print("%d columns, %d error rows: every cell as in the JSON"
          % (len(head), errors))


main()
