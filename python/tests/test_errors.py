"""Errors: exceptions with source, line, column and message; error objects
equal to the batch's error/1 lines; key paths for dicts."""

import json
import os
import pathlib

import pytest

import tpath
from conftest import ROOT, cli

INVALID = sorted(p.name for p in (ROOT / "tests/invalid").glob("*.yaml"))


def is_history(name):
    for line in (ROOT / "tests/invalid" / name).read_text(
            encoding="utf-8", errors="replace").splitlines():
        if line.startswith("tpath:"):
            return line.split(":", 1)[1].strip() == "history/1"
    return False


HISTORY_INVALID = [n for n in INVALID if is_history(n)]


def test_golden_files_present():
    assert len(INVALID) > 40
    assert len(HISTORY_INVALID) > 30


@pytest.mark.parametrize("name", HISTORY_INVALID)
def test_golden_error_line(name, in_root):
    """Each invalid history raises the golden error of tests/invalid."""
    expected = (ROOT / "tests/invalid" / (name[:-5] + ".err")).read_text(
        encoding="utf-8").rstrip("\n")
    with pytest.raises(tpath.Error) as ei:
        tpath.evaluate(pathlib.Path(name[:0] + "tests/invalid/" + name))
    e = ei.value
    assert isinstance(e, (tpath.InvalidInput, tpath.LimitExceeded))
    assert e.source == "tests/invalid/" + name
    assert e.key_path is None
    got = (f"{name}:{e.line}:{e.column}: {e.message}" if e.line
           else f"{name}: {e.message}")
    assert got == expected
    assert str(e) == "tests/invalid/" + got


def test_error_objects_equal_batch_lines(in_root):
    """evaluate_many over the files of tests/invalid gives, for each, the
    error/1 object `tpath evaluate --batch tests/invalid` writes."""
    p = cli("evaluate", "--batch", "tests/invalid", check=False)
    assert p.returncode == 3
    lines = [json.loads(x) for x in p.stdout.decode().splitlines()]
    got = list(tpath.evaluate_many(
        [pathlib.Path(f"tests/invalid/{n}") for n in INVALID], jobs=2))
    assert len(lines) == len(INVALID) == len(got)
    assert got == lines
    assert all(x["tpath"] == "error/1" for x in got)
    assert [x["index"] for x in got] == list(range(len(INVALID)))


def test_stream_error_line_of_a_text():
    text = (ROOT / "tests/data/batch/stream.yaml").read_text()
    doc = text.split("---\n")[2]  # the score out of range
    out = list(tpath.evaluate_many(["not: [valid", doc]))
    assert out[1] == {
        "tpath": "error/1", "index": 1, "source": "<string>", "line": 5,
        "column": 42, "code": "invalid input",
        "message": "'score': 30 is out of range for phq9 (0-27)",
        "error": "<string>:5:42: 'score': 30 is out of range for phq9 "
                 "(0-27)"}
    assert out[0] == {
        "tpath": "error/1", "index": 0, "source": "<string>", "line": 2,
        "column": 1, "code": "invalid input",
        "message": "YAML syntax error: did not find expected ',' or ']' "
                   "while parsing a flow sequence (line 1, column 6)",
        "error": "<string>:2:1: YAML syntax error: did not find expected "
                 "',' or ']' while parsing a flow sequence (line 1, "
                 "column 6)"}
    with pytest.raises(tpath.InvalidInput) as ei:
        tpath.evaluate(doc)
    assert (ei.value.source, ei.value.line, ei.value.column) == \
        ("<string>", 5, 42)
    assert ei.value.message == "'score': 30 is out of range for phq9 (0-27)"
    assert ei.value.code == "invalid input"


BASE = {"id": "dict-1", "as_of": "2025-03-01",
        "patient": {"age": 40, "sex": "female"},
        "episode": {"start": "2025-01-01", "severity": "moderate"},
        "treatments": [
            {"drug": "sertraline", "start": "2025-01-05",
             "doses": [{"date": "2025-01-05", "mg_per_day": 50}]},
            {"drug": "nosuchdrug", "start": "2025-02-01"}]}


@pytest.mark.parametrize("change,path,message", [
    ({}, "treatments[1].drug",
     "unknown drug 'nosuchdrug': not in the drug catalog"),
    ({"patient": {"age": "forty", "sex": "female"}}, "patient.age",
     "'age': an integer expected, got quoted string \"forty\""),
    ({"treatments": [{"drug": "sertraline", "start": "2025-01-05",
                      "doses": [{"date": "2025-01-05", "mg_per_day": -5}]}]},
     "treatments[0].doses[0].mg_per_day",
     "'mg_per_day': must be greater than 0, got -5"),
    ({"extra": 1}, "extra",
     "unknown key 'extra' in a history/1 document (expected one of: tpath, "
     "id, as_of, patient, episode, treatments, measures, concomitant, "
     "notes)"),
    ({"patient": {"age": 40, "sex": "female", "x": {1, 2}}}, "patient.x",
     "a value of type set has no history/1 form (use str, int, float, bool, "
     "None, datetime.date, dict or list)"),
    ({"patient": {"age": float("nan"), "sex": "female"}}, "patient.age",
     "nan is not a finite number"),
])
def test_dict_errors_name_the_key_path(change, path, message):
    d = {**BASE, **change}
    with pytest.raises(tpath.InvalidInput) as ei:
        tpath.evaluate(d)
    e = ei.value
    assert (e.source, e.line, e.column, e.key_path, e.message) == \
        ("<dict>", None, None, path, message)
    assert str(e) == f"<dict>: {path}: {message}"
    [obj] = tpath.evaluate_many([d])
    assert obj == {"tpath": "error/1", "index": 0, "source": "<dict>",
                   "line": None, "column": None, "code": "invalid input",
                   "message": f"{path}: {message}",
                   "error": f"<dict>: {path}: {message}"}


def test_dict_error_of_the_whole_dict():
    d = {k: v for k, v in BASE.items() if k != "episode"}
    with pytest.raises(tpath.InvalidInput) as ei:
        tpath.evaluate(d)
    assert ei.value.key_path == ""
    assert str(ei.value) == \
        "<dict>: missing required key 'episode' in a history/1 document"


def test_dict_key_must_be_a_string():
    with pytest.raises(tpath.InvalidInput) as ei:
        tpath.evaluate({**BASE, "patient": {1: 2}})
    assert ei.value.key_path == "patient"
    assert ei.value.message == "key 1 is not a string"


def test_str_is_text_never_a_path():
    """A str is the YAML text itself: a file name is a (bad) document."""
    with pytest.raises(tpath.InvalidInput) as ei:
        tpath.evaluate(str(ROOT / "docs/examples/demo-0001.yaml"))
    assert ei.value.source == "<string>"
    assert ei.value.line == 1


def test_wrong_types():
    with pytest.raises(TypeError):
        tpath.evaluate(42)
    with pytest.raises(TypeError):
        tpath.evaluate(ROOT / "docs/examples/demo-0001.yaml",
                       guideline=pathlib.Path("x.yaml"))
    with pytest.raises(TypeError):
        tpath.evaluate_many("tpath: history/1\n")
    with pytest.raises(ValueError):
        tpath.evaluate_many([], jobs=0)


def test_usage_errors():
    f = ROOT / "docs/examples/demo-0001.yaml"
    with pytest.raises(tpath.UsageError) as ei:
        tpath.evaluate(f, guideline="no-such-guideline")
    assert ei.value.code == "invalid API usage"
    with pytest.raises(tpath.UsageError):
        tpath.evaluate(f, as_of="70")          # the other date style
    with pytest.raises(tpath.UsageError):
        tpath.evaluate(f, as_of="2020-01-01")  # before the episode
    # in a batch the option's error takes the document's place
    p = cli("evaluate", "--batch", "--as-of", "70", "docs/examples",
            check=False)
    assert p.returncode == 2
    batch = [json.loads(x) for x in p.stdout.decode().splitlines()]
    got = list(tpath.evaluate_many(
        [pathlib.Path("docs/examples/demo-0001.yaml"),
         pathlib.Path("docs/examples/demo-0002.yaml")], as_of=70))
    assert got[0]["code"] == "invalid API usage"
    # the same object but for the source (relative here, as given), and
    # the option's name: the library names the field (as_of), the command
    # line its flag (--as-of)
    for g, b in zip(got, batch):
        if b["tpath"] == "error/1":
            assert g["message"].startswith("as_of 70: ")
            assert g["message"] == b["message"].replace("--as-of ", "as_of ",
                                                        1)
            assert g["line"] == b["line"]
        else:
            assert g == b


def test_missing_file():
    with pytest.raises(OSError) as ei:
        tpath.evaluate(pathlib.Path("/nonexistent/h.yaml"))
    assert str(ei.value) == \
        "/nonexistent/h.yaml: cannot open: No such file or directory"
    [obj] = tpath.evaluate_many([pathlib.Path("/nonexistent/h.yaml")])
    assert obj["code"] == "input/output error"
    assert obj["line"] is None
    assert obj["error"] == \
        "/nonexistent/h.yaml: cannot open: No such file or directory"


def test_limit_exceeded():
    lines = ["tpath: history/1", "id: many", "episode: {start: 0}",
             "treatments:"]
    for i in range(501):
        lines.append(f"  - {{drug: sertraline, start: {i * 2}, "
                     f"stop: {i * 2 + 1}}}")
    text = "\n".join(lines) + "\n"
    with pytest.raises(tpath.LimitExceeded) as ei:
        tpath.evaluate(text)
    assert ei.value.code == "input exceeds a limit"
    assert "500" in ei.value.message
    [obj] = tpath.evaluate_many([text])
    assert obj["code"] == "input exceeds a limit"
    with pytest.raises(tpath.LimitExceeded):
        tpath.evaluate("#" * (16 * 1024 * 1024 + 1))


def test_a_bad_item_never_stops_the_rest():
    good = (ROOT / "docs/examples/demo-0001.yaml").read_text()
    items = [good, 42, "{", BASE, None, good]
    out = list(tpath.evaluate_many(items, jobs=3))
    assert [o["tpath"] for o in out] == [
        "result/1", "error/1", "error/1", "error/1", "error/1", "result/1"]
    assert [o.get("index") for o in out] == [None, 1, 2, 3, 4, None]
    assert out[1]["source"] == "<int>"
    assert out[1]["message"].startswith("a history is YAML text (str)")
