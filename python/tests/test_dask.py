"""tpath.dask: the runner on a LocalCluster writes what `tpath evaluate
--batch` writes for a generated population; evaluate_bag equals
evaluate_many; the stream is cut as the batch cuts it."""

import io
import json
import os
import subprocess
import sys

import pytest

import tpath
import tpath.dask as td
from conftest import ROOT, cli

GEN = os.environ.get("TPATH_GEN") or str(ROOT / "build/gen")

# documents the generator never writes: a syntax error, a missing key, a
# `...` end marker, a comment-only piece, a document after `---` with text
# on the marker line
EXTRA = b"""---
tpath: history/1
id: broken
episode: {start: 0
---
# only a comment: no document
---
tpath: history/1
id: no-episode
treatments: []
...
--- # a comment on the marker line
tpath: history/1
id: good-last
episode: {start: 0}
treatments:
  - {drug: sertraline, start: 0, doses: [{date: 0, mg_per_day: 50}]}
"""


@pytest.fixture(scope="module")
def population(tmp_path_factory):
    d = tmp_path_factory.mktemp("pop")
    f = d / "population.yaml"
    gen = subprocess.run([GEN, "400", "7"], capture_output=True, check=True)
    f.write_bytes(gen.stdout + EXTRA)
    return f


def batch(path, *opts):
    p = subprocess.run([os.environ.get("TPATH_BIN") or str(ROOT / "tpath"),
                        "evaluate", "--batch", *opts, str(path)],
                       capture_output=True)
    return p.returncode, p.stdout, p.stderr


def runner(*args):
    return subprocess.run([sys.executable, "-m", "tpath.dask", *args],
                          capture_output=True, cwd=ROOT, timeout=300)


def test_split_stream_cuts_as_the_batch(population):
    status, out, _ = batch(population)
    lines = out.splitlines()
    with open(population, "rb") as f:
        docs = list(td.split_stream(f, str(population)))
    assert len(docs) == len(lines) == 403
    # the error lines name the stream's lines: the cut is the batch's
    errs = [json.loads(x) for x in lines if b'"error/1"' in x]
    assert [e["index"] for e in errs] == [400, 401]
    for e in errs:
        first, text = docs[e["index"]]
        assert first <= e["line"] <= first + text.count(b"\n")


def test_runner_equals_batch(population, tmp_path):
    """2 worker processes, small partitions (many tasks): byte for byte
    the batch's output, the same exit status and error lines."""
    status, expected, err = batch(population, "-j", "2")
    assert status == 3
    out = tmp_path / "results.jsonl"
    p = runner("--workers", "2", "--partition-size", "37", "--out",
               str(out), str(population))
    assert p.returncode == 3, p.stderr.decode()
    assert out.read_bytes() == expected
    mine = [x for x in p.stderr.decode().splitlines()
            if x.endswith(")") and "(document" in x]
    assert mine == err.decode().splitlines()


def test_runner_directory_and_options(tmp_path, in_root):
    """A directory input, --guideline and --explain: as the batch."""
    status, expected, _ = batch("docs/examples", "--guideline", "star-d",
                                "--explain")
    assert status == 0
    out = tmp_path / "r.jsonl"
    p = runner("--workers", "1", "--guideline", "star-d", "--explain",
               "--out", str(out), "docs/examples")
    assert p.returncode == 0, p.stderr.decode()
    assert out.read_bytes() == expected
    assert b'"trace":[{' in expected


def test_runner_refuses_bad_arguments(tmp_path):
    p = runner("--workers", "0", "--out", str(tmp_path / "x"), "f.yaml")
    assert p.returncode == 2 and b"--workers" in p.stderr
    p = runner("--out", str(tmp_path / "x"), "/nonexistent.yaml")
    assert p.returncode == 4
    assert p.stderr.decode() == ("tpath: /nonexistent.yaml: cannot open: "
                                 "No such file or directory\n")


def test_evaluate_bag_on_a_local_cluster(population):
    db = pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("distributed")
    with open(population, "rb") as f:
        texts = [t.decode() for _, t in td.split_stream(f, "p")][:120]
    texts.insert(50, "not: [valid")
    expected = list(tpath.evaluate_many(texts))
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1,
                                  processes=True,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster):
        bag = db.from_sequence(texts, npartitions=7)
        got = td.evaluate_bag(bag).compute()
    assert got == expected
    assert got[50]["tpath"] == "error/1" and got[50]["index"] == 50


def test_runner_unwritable_out(tmp_path):
    p = runner("--out", str(tmp_path / "no" / "such" / "dir.jsonl"),
               "docs/examples")
    assert p.returncode == 4
    assert p.stderr.decode() == (f"tpath: {tmp_path}/no/such/dir.jsonl: "
                                 "cannot open: No such file or directory\n")


class _Client:
    """A stand-in for distributed.Client that runs each task at once."""

    class _Fut:
        def __init__(self, v):
            self.v = v

        def result(self):
            return self.v

        def release(self):
            pass

    def nthreads(self):
        return {"w": 1}

    def submit(self, fn, *args, pure=False):
        return self._Fut(fn(*args))


def test_run_with_an_unreadable_input(tmp_path, in_root):
    """A directory given where its stream cannot be read: what came
    before is written, then the error, status 4 (as the batch)."""
    out, err = io.StringIO(), io.StringIO()
    status = td.run(["docs/examples", str(tmp_path / "missing.yaml")], out,
                    _Client(), err=err)
    assert status == 4
    assert [json.loads(x)["history"] for x in out.getvalue().splitlines()] \
        == ["demo-0001", "demo-0002"]
    assert err.getvalue() == (f"tpath: {tmp_path}/missing.yaml: cannot "
                              "open: No such file or directory\n")
