"""Shared fixtures: the project's root, the tpath program to compare with,
and a run helper.  TPATH_BIN names the program (make check-python passes
the one it built); by default ROOT/tpath."""

import json
import os
import pathlib
import subprocess

import pytest

ROOT = pathlib.Path(os.environ.get("TPATH_ROOT") or
                    pathlib.Path(__file__).resolve().parents[2])
TPATH = os.environ.get("TPATH_BIN") or str(ROOT / "tpath")


def cli(*args, check=True):
    """Runs tpath in ROOT; returns the CompletedProcess (bytes)."""
    p = subprocess.run([TPATH, *args], cwd=ROOT, capture_output=True)
    if check and p.returncode != 0:
        raise AssertionError(f"tpath {' '.join(args)}: status "
                             f"{p.returncode}: {p.stderr.decode()}")
    return p


def cli_json(*args):
    return json.loads(cli(*args).stdout)


def histories():
    """Every vignette and example, relative to ROOT."""
    return ([f"tests/vignettes/{p.name}" for p in
             sorted((ROOT / "tests/vignettes").glob("*.yaml"))] +
            [f"docs/examples/{p.name}" for p in
             sorted((ROOT / "docs/examples").glob("*.yaml"))])


@pytest.fixture
def in_root(monkeypatch):
    monkeypatch.chdir(ROOT)
    return ROOT
