"""evaluate_many: input order whatever the threads, the batch's lines,
the GIL released while the library works, a bounded window."""

import itertools
import json
import threading
import time

import pytest

import tpath
from tpath import _tpath
from conftest import ROOT, cli, histories

HISTORIES = histories()


@pytest.mark.parametrize("jobs", [1, 2, 4])
def test_equal_to_batch_in_order(jobs, in_root):
    """Over the vignettes, in name order: the batch's JSON lines."""
    p = cli("evaluate", "--batch", "-j", "2", "tests/vignettes")
    batch = [json.loads(x) for x in p.stdout.decode().splitlines()]
    texts = [(ROOT / n).read_text() for n in HISTORIES
             if n.startswith("tests/vignettes/")]
    got = list(tpath.evaluate_many(iter(texts), jobs=jobs))
    assert len(got) == len(batch) == len(texts)
    assert got == batch


def test_order_with_many_threads():
    texts = [(ROOT / n).read_text() for n in HISTORIES] * 3
    ids = [tpath.evaluate(t)["history"] for t in texts[:len(HISTORIES)]] * 3
    got = [r["history"] for r in tpath.evaluate_many(texts, jobs=8)]
    assert got == ids


def test_lazy_with_an_endless_iterable():
    """At most 8 * jobs items are taken ahead: an endless generator can be
    consumed a few at a time."""
    text = (ROOT / "docs/examples/demo-0001.yaml").read_text()
    taken = []

    def endless():
        for i in itertools.count():
            taken.append(i)
            yield text

    it = tpath.evaluate_many(endless(), jobs=2)
    first = list(itertools.islice(it, 5))
    assert [r["history"] for r in first] == ["demo-0001"] * 5
    assert len(taken) <= 5 + 8 * 2 + 1
    it.close()


def big_history(n=500, m=20000):
    drugs = ["sertraline", "citalopram", "bupropion", "escitalopram",
             "venlafaxine"]
    t = ["tpath: history/1", "id: big", "patient: {age: 40, sex: female}",
         "episode: {start: 0, severity: moderate}", "treatments:"]
    for i in range(n):
        t += [f"  - drug: {drugs[i % 5]}", f"    start: {i * 30}",
              f"    stop: {i * 30 + 29}", "    stop_reason: inefficacy",
              f"    doses: [{{date: {i * 30}, mg_per_day: 20}}]"]
    t.append("measures:")
    for j in range(m):
        t.append(f"  - {{date: {j * (n * 30) // m}, scale: phq9, "
                 f"score: {10 + j % 10}}}")
    return ("\n".join(t) + "\n").encode()


def test_library_call_releases_the_gil():
    """While one thread is inside the library (a history at the load
    limits, 500 treatments and 20,000 scores, with the trace: about 0.2 s
    here), another thread runs Python code.  With the GIL held
    it could not run at all between the call's start and end (no Python
    bytecode runs in the calling thread to hand it over)."""
    text = big_history()
    stamps = []
    stop = threading.Event()

    def counter():
        n = 0
        while not stop.is_set():
            n += 1
            if n % 1000 == 0:
                stamps.append(time.perf_counter())

    th = threading.Thread(target=counter)
    th.start()
    try:
        time.sleep(0.05)
        t0 = time.perf_counter()
        code, line = _tpath.evaluate(text, "<big>", 1, 0, None, None, True)
        t1 = time.perf_counter()
    finally:
        stop.set()
        th.join()
    assert code == 0 and line.startswith('{"tpath":"result/1"')
    assert t1 - t0 > 0.1, "the history should take a while to evaluate"
    # stamps well inside the call, away from the switch intervals (5 ms)
    # at its ends
    inside = [s for s in stamps if t0 + 0.02 < s < t1 - 0.02]
    assert len(inside) > 10


def test_threads_share_one_knowledge_base():
    """Python threads calling evaluate at once get the results one thread
    gets (the knowledge base is opened once and shared)."""
    texts = [(ROOT / n).read_text() for n in HISTORIES[:40]]
    expected = [tpath.evaluate(t) for t in texts]
    results = [None] * 4

    def work(k):
        results[k] = [tpath.evaluate(t) for t in texts]

    ths = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in ths:
        t.start()
    for t in ths:
        t.join()
    assert results == [expected] * 4
