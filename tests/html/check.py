#!/usr/bin/env python3
"""check.py - structural checks of the HTML views, for every history given.

  - `tpath evaluate --format html` (and with --explain) and
    `tpath compare --format html` are well-formed XML (expat, as xmllint
    would read them), so the inline SVG is valid XML too; the SVG alone,
    cut out and written back, parses as well;
  - the page has no <script>, loads nothing (no src=, no <link>), and
    carries the decision-support notice;
  - every course is present: one SVG lane per trial of the result/1 JSON,
    whose <title> numbers it from 1 ("Trial 1: ...", id lane-0) and names
    the trial's drug or intervention, and (in the reports, not the
    comparison) one table row per trial (id trial-0, ...);
  - the SVG has a text alternative (role="img", a <title> and a <desc>).

Prints one line per problem and a summary; exits 1 on any problem.  One
Python process reads every page (the shell version started about ten
xmllint processes per page and took minutes); tpath is still run once per
view.
"""
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

TPATH = os.environ.get("TPATH", "tpath")
MODES = (["evaluate", "--format", "html"],
         ["evaluate", "--format", "html", "--explain"],
         ["compare", "--format", "html"])
NOTICE = b"Decision support, not a prescription"

pages = 0
problems = 0


def fail(label, what):
    global problems
    print("%s: %s" % (label, what))
    problems += 1


def local(tag):
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def text_of(el):
    return "".join(el.itertext())


def check_page(label, data, names, report):
    global pages
    pages += 1
    try:
        root = ET.fromstring(data)
    except ET.ParseError as e:
        fail(label, "not well-formed XML: %s" % e)
        return
    svgs = [e for e in root.iter() if local(e.tag) == "svg"]
    for svg in svgs:
        try:
            ET.fromstring(ET.tostring(svg))
        except ET.ParseError:
            fail(label, "the SVG alone is not well-formed XML")
    every = list(root.iter())
    if any(local(e.tag) == "script" for e in every):
        fail(label, "has a <script>")
    if any("src" in e.attrib for e in every):
        fail(label, "loads a src=")
    if any(local(e.tag) == "link" for e in every):
        fail(label, "has a <link>")
    titled = [s for s in svgs if s.get("role") == "img"
              for c in s if local(c.tag) == "title"]
    if len(titled) != 1:
        fail(label, "SVG without role=img and a <title>")
    if sum(1 for s in svgs for c in s if local(c.tag) == "desc") != 1:
        fail(label, "SVG without a <desc>")
    if NOTICE not in data:
        fail(label, "no decision-support notice")
    lanes = {}
    for e in every:
        if local(e.tag) == "g" and e.get("class") == "lane":
            lanes[e.get("id")] = e
    if len(lanes) != len(names):
        fail(label, "%d lanes for %d trials" % (len(lanes), len(names)))
    rows = {e.get("id") for e in every if local(e.tag) == "tr"}
    for i, name in enumerate(names):
        g = lanes.get("lane-%d" % i)
        title = ""
        if g is not None:
            for c in g:
                if local(c.tag) == "title":
                    title = text_of(c)
                    break
        if not title.startswith("Trial %d: %s" % (i + 1, name)):
            fail(label, "lane %d is '%s', expected trial %d %s"
                 % (i, title, i + 1, name))
        if report and "trial-%d" % i not in rows:
            fail(label, "no table row for trial %d" % i)


def main(files):
    for f in files:
        p = subprocess.run([TPATH, "evaluate", "--format", "json", f],
                           capture_output=True)
        if p.returncode != 0:
            fail(f, "evaluate failed")
            continue
        result = json.loads(p.stdout)
        names = [t.get("drug") or t.get("intervention")
                 for t in result["trials"]]
        for mode in MODES:
            label = "%s (%s)" % (f, " ".join(mode))
            p = subprocess.run([TPATH] + mode + [f], capture_output=True)
            if p.returncode != 0:
                fail(label, "failed")
                continue
            check_page(label, p.stdout, names, mode[0] == "evaluate")
    print("%d pages checked, %d problems" % (pages, problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
