"""tpath.evaluate equals `tpath evaluate --format json` for every vignette
and example, whatever form the history is given in."""

import datetime
import pathlib
import re

import pytest
import yaml

import tpath
from conftest import ROOT, cli, cli_json, histories

HISTORIES = histories()


def test_there_are_histories_to_compare():
    assert len(HISTORIES) == len(list((ROOT / "tests/vignettes").glob(
        "*.yaml"))) + len(list((ROOT / "docs/examples").glob("*.yaml")))
    assert len(HISTORIES) > 150


@pytest.mark.parametrize("name", HISTORIES)
def test_path_and_text_equal_cli(name):
    expected = cli_json("evaluate", "--format", "json", name)
    assert tpath.evaluate(ROOT / name) == expected
    assert tpath.evaluate((ROOT / name).read_text(encoding="utf-8")) == \
        expected


@pytest.mark.parametrize("name", HISTORIES)
def test_dict_equals_cli_on_its_text(name, tmp_path):
    """A dict (here the YAML read by PyYAML: dates become datetime.date)
    gives the result the CLI gives for history_text(dict)."""
    d = yaml.safe_load((ROOT / name).read_text(encoding="utf-8"))
    text = tpath.history_text(d)
    f = tmp_path / "h.yaml"
    f.write_text(text, encoding="utf-8")
    expected = cli_json("evaluate", "--format", "json", str(f))
    assert tpath.evaluate(d) == expected
    # the same result as the file's but for the lines of the text
    original = cli_json("evaluate", "--format", "json", name)
    for r in (expected, original):
        for t in r["trials"] + r["measures"]:
            t.pop("line")
        for w in r["warnings"]:
            w["message"] = re.sub(r"line \d+", "line N", w["message"])
    assert expected == original


@pytest.mark.parametrize("name", ["docs/examples/demo-0001.yaml",
                                  "docs/examples/demo-0002.yaml",
                                  "tests/vignettes/trial-duplicate-course.yaml"])
@pytest.mark.parametrize("guideline", [None, "canmat-2023", "nice-ng222",
                                       "star-d"])
def test_explain_and_guideline_equal_cli(name, guideline):
    args = ["evaluate", "--format", "json", "--explain", name]
    if guideline:
        args += ["--guideline", guideline]
    got = tpath.evaluate(pathlib.Path(ROOT / name), guideline=guideline,
                         explain=True)
    assert got == cli_json(*args)
    assert got["trace"]
    assert got["guideline"]["id"] == (guideline or "canmat-2023")


def test_as_of_forms_equal_cli():
    f = ROOT / "docs/examples/demo-0002.yaml"   # relative days
    expected = cli_json("evaluate", "--format", "json", "--as-of", "50",
                        "docs/examples/demo-0002.yaml")
    assert tpath.evaluate(f, as_of=50) == expected
    assert tpath.evaluate(f, as_of="50") == expected
    f = ROOT / "docs/examples/demo-0001.yaml"   # calendar dates
    expected = cli_json("evaluate", "--format", "json", "--as-of",
                        "2024-12-01", "docs/examples/demo-0001.yaml")
    assert tpath.evaluate(f, as_of=datetime.date(2024, 12, 1)) == expected
    assert expected["as_of"] == "2024-12-01"


def test_guidelines_as_listed_by_cli():
    gs = tpath.guidelines()
    assert [g["id"] for g in gs] == ["canmat-2023", "nice-ng222", "star-d"]
    assert [g["default"] for g in gs] == [True, False, False]
    # the listing wraps long lines at 80 columns, continuing them with
    # four spaces: joined again here
    text = cli("guidelines").stdout.decode().replace("\n    ", " ")
    for g in gs:
        head = g["id"] + (" (default)" if g["default"] else "")
        assert (f"{head}\n  {g['title']}\n  version {g['version']}, "
                f"published {g['year']} by {g['publisher']}\n"
                f"  {g['citation']}\n  file: {g['file']}\n") in text


def test_version():
    assert tpath.library_version() == tpath.__version__ == "0.6.2"
    assert cli("--version").stdout.decode().split()[1] == "0.6.2"


def test_help_reads_well():
    doc = tpath.__doc__
    for name in ("evaluate(", "evaluate_many(", "import_fhir(",
                 "guidelines(", "InvalidInput", "LimitExceeded",
                 "tpath.dask"):
        assert name in doc
    for f in (tpath.evaluate, tpath.evaluate_many, tpath.import_fhir,
              tpath.guidelines, tpath.history_text):
        assert f.__doc__ and len(f.__doc__) > 100
        assert "return" in f.__annotations__
