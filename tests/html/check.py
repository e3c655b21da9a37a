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
  - the SVG has a text alternative (role="img", a <title> and a <desc>);
  - text contrast, measured (WCAG 2.x relative luminance): every colour
    the style sheet gives text against its own background (or white),
    and every SVG <text> fill against white and, inside a score panel,
    against the darkest severity band drawn there (black at its
    fill-opacity over white), is at least 4.5:1 (WCAG 1.4.3, normal
    text); the lowest ratio seen is printed with the summary.  Print
    rules (@media) are left out: they change sizes, not colours.

Prints one line per problem and a summary; exits 1 on any problem.  One
Python process reads every page (the shell version started about ten
xmllint processes per page and took minutes); tpath is still run once per
view.
"""
import json
import os
import re
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
MIN_CONTRAST = 4.5
lowest = [99.0, ""]


def fail(label, what):
    global problems
    print("%s: %s" % (label, what))
    problems += 1


def local(tag):
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def text_of(el):
    return "".join(el.itertext())


def rgb(colour):
    """#rgb or #rrggbb as three 0-255 values, or None."""
    c = colour.strip().lower()
    if re.fullmatch(r"#[0-9a-f]{3}", c):
        return tuple(int(ch * 2, 16) for ch in c[1:])
    if re.fullmatch(r"#[0-9a-f]{6}", c):
        return tuple(int(c[i:i + 2], 16) for i in (1, 3, 5))
    return None


def luminance(c):
    def lin(v):
        v /= 255.0
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
    r, g, b = (lin(v) for v in c)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b):
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def over_white(c, opacity):
    return tuple(round(v * opacity + 255 * (1 - opacity)) for v in c)


def hexof(c):
    return "#%02x%02x%02x" % c


def check_contrast(label, fg, bg, where):
    if fg is None or bg is None:
        fail(label, "%s: a colour check.py cannot read (#rgb or #rrggbb)"
             % where)
        return
    r = contrast(fg, bg)
    if r < lowest[0]:
        lowest[0] = r
        lowest[1] = "%s on %s (%s)" % (hexof(fg), hexof(bg), where)
    if r < MIN_CONTRAST:
        fail(label, "%s: text %s on %s has contrast %.2f:1, under %.1f:1"
             % (where, hexof(fg), hexof(bg), r, MIN_CONTRAST))


def css_contrast(label, css):
    css = re.sub(r"@media[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}", "", css)
    body_fg = (0, 0, 0)
    rules = re.findall(r"([^{}]+)\{([^{}]*)\}", css)
    for sel, decls in rules:
        d = dict((k.strip(), v.strip()) for k, _, v in
                 (x.partition(":") for x in decls.split(";") if ":" in x))
        if sel.strip() == "body" and "color" in d:
            body_fg = rgb(d["color"])
    for sel, decls in rules:
        d = dict((k.strip(), v.strip()) for k, _, v in
                 (x.partition(":") for x in decls.split(";") if ":" in x))
        bg = d.get("background-color") or d.get("background")
        if "color" not in d and not bg:
            continue
        fg = rgb(d["color"]) if "color" in d else body_fg
        check_contrast(label, fg, rgb(bg) if bg else (255, 255, 255),
                       "style '%s'" % sel.strip())


def svg_contrast(label, svg):
    white = (255, 255, 255)
    for g in svg.iter():
        scores = local(g.tag) == "g" and g.get("class") == "scores"
        if not scores:
            continue
        darkest = white
        for r in g.iter():
            if local(r.tag) == "rect" and r.get("class") == "band":
                c = over_white(rgb(r.get("fill", "#000")),
                               float(r.get("fill-opacity", "1")))
                if luminance(c) < luminance(darkest):
                    darkest = c
        for t in g.iter():
            if local(t.tag) == "text" and darkest != white:
                check_contrast(label, rgb(t.get("fill", "#000")), darkest,
                               "score panel text '%s'" % text_of(t)[:20])
    for t in svg.iter():
        if local(t.tag) == "text":
            check_contrast(label, rgb(t.get("fill", "#000")), white,
                           "SVG text '%s'" % text_of(t)[:20])


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
    for st in (e for e in every if local(e.tag) == "style"):
        css_contrast(label, st.text or "")
    for svg in svgs:
        svg_contrast(label, svg)
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
    if pages:
        print("%d pages checked, %d problems; lowest text contrast %.2f:1, %s"
              % (pages, problems, lowest[0], lowest[1]))
    else:
        print("no pages checked, %d problems" % problems)
    return 1 if problems else 0


def self_test():
    """The contrast measure against WCAG's own figures: black on white is
    21:1, #777 on white 4.48:1 (just under 4.5), #767676 4.54:1 (the
    palest grey that passes); a page whose style sheet puts #777 text on
    white fails."""
    global problems
    for a, b, want in (("#000", "#fff", 21.0), ("#777", "#fff", 4.48),
                       ("#767676", "#ffffff", 4.54)):
        got = contrast(rgb(a), rgb(b))
        print("%s on %s: %.2f:1" % (a, b, got))
        if abs(got - want) > 0.005:
            print("  expected %.2f:1" % want)
            return 1
    before = problems
    css_contrast("self-test", ".meta{color:#777}@media print{p{color:#eee}}")
    return 0 if problems == before + 1 else 1


if __name__ == "__main__":
    if sys.argv[1:] == ["--self-test"]:
        sys.exit(self_test())
    sys.exit(main(sys.argv[1:]))
