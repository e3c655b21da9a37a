"""import_fhir equals `tpath import fhir`, warnings included."""

import json
import pathlib
import warnings

import pytest

import tpath
from conftest import ROOT, cli


def cli_import(path):
    p = cli("import", "fhir", path, check=False)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


@pytest.mark.parametrize("name", ["tests/fhir/bundle.json",
                                  "tests/fhir/bulk.ndjson",
                                  "tests/fhir/folder"])
def test_import_equals_cli(name, in_root):
    status, out, err = cli_import(name)
    assert status == 0
    got_warnings = []
    text = tpath.import_fhir(pathlib.Path(name),
                             on_warning=lambda w, m:
                             got_warnings.append(f"tpath: warning: {w}: {m}"))
    assert text == out
    assert got_warnings == err.splitlines()
    assert got_warnings[-1].startswith("tpath: warning: summary: ")


def test_import_of_text_and_dict_and_evaluate(in_root):
    status, out, _ = cli_import("tests/fhir/bundle.json")
    raw = (ROOT / "tests/fhir/bundle.json").read_text()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert tpath.import_fhir(raw) == out
    assert caught and all(issubclass(w.category, tpath.FhirImportWarning)
                          for w in caught)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert tpath.import_fhir(json.loads(raw)) == out
    expected = json.loads(cli("evaluate", "--from", "fhir", "--format",
                              "json", "tests/fhir/bundle.json").stdout)
    assert tpath.evaluate(out) == expected


def test_import_options_equal_cli(in_root):
    p = cli("import", "fhir", "--relative-days", "--id", "p-7",
            "tests/fhir/bundle.json")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        got = tpath.import_fhir(ROOT / "tests/fhir/bundle.json",
                                relative_days=True, id="p-7")
    assert got == p.stdout.decode()
    assert "id: p-7\n" in got


def test_malformed_json(in_root):
    status, _, err = cli_import("tests/fhir/malformed.json")
    assert status == 3
    with pytest.raises(tpath.InvalidInput) as ei:
        tpath.import_fhir(pathlib.Path("tests/fhir/malformed.json"))
    e = ei.value
    assert e.line and e.column
    assert f"{e}\n" == err


def test_nothing_clinical(in_root):
    status, _, err = cli_import("tests/fhir/nothing-clinical.json")
    assert status == 3
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(tpath.InvalidInput) as ei:
            tpath.import_fhir(pathlib.Path("tests/fhir/nothing-clinical.json"))
    assert str(ei.value) in err


def test_import_wrong_type():
    with pytest.raises(TypeError):
        tpath.import_fhir(42)
