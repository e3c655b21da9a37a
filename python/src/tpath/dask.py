"""tpath on Dask: a population of histories spread over a cluster.

    evaluate_bag(bag, guideline=None, as_of=None, explain=False)
        A Dask bag of histories (YAML texts, or dicts) -> a bag of result/1
        dicts, an error/1 object in the place of each history that cannot
        be evaluated (index: its place in the bag).

    python3 -m tpath.dask --workers N [--scheduler ADDRESS] --out FILE
                          [--guideline ID] [--as-of DATE] [--explain]
                          [--partition-size K] INPUT...
        Reads each INPUT as `tpath evaluate --batch` does (a stream of
        YAML documents separated by `---` lines, a directory of *.yaml
        files, or - for standard input), sends the documents in partitions
        of K to the cluster and writes one JSON line per document, in input
        order: the same lines `tpath evaluate --batch` writes (the index of
        error/1 lines counts documents across all INPUTs).  Without
        --scheduler it starts a LocalCluster of N worker processes; with
        it, it uses that distributed scheduler ("tcp://host:8786") and N
        is ignored.  Exit status as the batch's: 0, 2 (an option could not
        apply), 3 (invalid documents), 4 (a file could not be read).

Every worker process opens the knowledge base once (its first
partition) and keeps it; the workers need the tpath package installed,
and nothing else: the documents travel with the tasks, so no shared file
system is needed.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import sys
from typing import (Any, BinaryIO, Dict, Iterator, List, Optional, Sequence,
                    Tuple)

import tpath
from tpath import _tpath

# One document: (index, name, first_line, text or None, error or None),
# error (code, source, line, column, message) for a document found bad
# before the library saw it.
Document = Tuple[int, str, int, Optional[bytes],
                 Optional[Tuple[int, str, int, int, str]]]


def _is_marker(line: bytes, m: bytes) -> bool:
    return line[:3] == m and (len(line) == 3 or line[3:4] in
                              (b" ", b"\t", b"\n", b"\r"))


def _is_blank_or_comment(line: bytes) -> bool:
    s = line.lstrip(b" \t\r\n")
    return not s or s[:1] == b"#"


def split_stream(f: BinaryIO, name: str
                 ) -> Iterator[Tuple[int, Optional[bytes]]]:
    """Cuts a YAML stream into documents exactly as `tpath evaluate
    --batch` does: at lines starting with `---` or `...` (followed by
    nothing, a blank or a line end); a `---` line belongs to the document
    it starts, a `...` line to none; a document of only blank and comment
    lines is no document.  Yields (first_line, text), text None for a
    document over the 16 MiB limit."""
    max_bytes = _tpath.MAX_BYTES
    doc: List[bytes] = []
    dlen = 0
    lineno = 0
    first = 1
    content = False
    oversize = False
    for line in f:
        lineno += 1
        dots = _is_marker(line, b"...")
        if dots or _is_marker(line, b"---"):
            if content:
                yield first, None if oversize else b"".join(doc)
            doc, dlen, content, oversize = [], 0, False, False
            first = lineno
            if dots:
                first = lineno + 1
                continue
        elif not _is_blank_or_comment(line):
            content = True
        if oversize:
            continue
        if dlen + len(line) + 1 > max_bytes:
            oversize = True
            doc, dlen = [], 0
            continue
        doc.append(line)
        dlen += len(line)
    if content:
        yield first, None if oversize else b"".join(doc)


def documents(inputs: Sequence[str]) -> Iterator[Document]:
    """The documents of the inputs, in order, numbered from 0 across all
    of them: a stream file, "-" (standard input) or a directory whose
    *.yaml files are one document each, in name order."""
    index = 0
    limit = _tpath.MAX_BYTES
    for inp in inputs:
        if inp == "-":
            for first, text in split_stream(sys.stdin.buffer, "<stdin>"):
                yield _doc(index, "<stdin>", first, text)
                index += 1
        elif os.path.isdir(inp):
            names = sorted((n for n in os.listdir(inp)
                            if not n.startswith(".") and len(n) >= 6 and
                            n.endswith(".yaml")), key=os.fsencode)
            for n in names:
                path = f"{inp}/{n}"
                try:
                    with open(path, "rb") as fh:
                        data = fh.read(limit + 1)
                except OSError as e:
                    yield (index, path, 1, None,
                           (_tpath.EIO, path, 0, 0,
                            f"cannot open: {e.strerror}"))
                else:
                    if len(data) > limit:
                        yield (index, path, 1, None,
                               (_tpath.ELIMIT, path, 0, 0,
                                "input is larger than the limit of "
                                f"{limit} bytes"))
                    else:
                        yield index, path, 1, data, None
                index += 1
        else:
            with open(inp, "rb") as fh:
                for first, text in split_stream(fh, inp):
                    yield _doc(index, inp, first, text)
                    index += 1


def _doc(index: int, name: str, first: int,
         text: Optional[bytes]) -> Document:
    if text is None:
        return (index, name, first, None,
                (_tpath.ELIMIT, name, first, 1,
                 "document is larger than the limit of "
                 f"{_tpath.MAX_BYTES} bytes"))
    return index, name, first, text, None


def evaluate_partition(docs: Sequence[Document], guideline: Optional[str],
                       as_of: Optional[str], explain: bool
                       ) -> List[Tuple[int, str]]:
    """Evaluates a partition of documents in this process: [(code, JSON
    line)], the lines `tpath evaluate --batch` writes for them."""
    tpath._ensure_kb()
    out = []
    for index, name, first, text, err in docs:
        if err is not None:
            code, source, line, column, message = err
            out.append((code, _tpath.error_line(index, code, source, line,
                                                column, message)))
            continue
        code, line = _tpath.evaluate(text, name, first, index, guideline,
                                     as_of, explain)
        if line is None:
            raise MemoryError("tpath: out of memory rendering an error")
        out.append((code, line))
    return out


def _bag_partition(items: Sequence[Any], offset: int,
                   guideline: Optional[str], as_of: Optional[str],
                   explain: bool) -> List[Dict[str, Any]]:
    tpath._ensure_kb()
    return [json.loads(tpath._one(item, offset + i, guideline, as_of,
                                  explain))
            for i, item in enumerate(items)]


def _plus(a: int, b: int) -> int:
    return a + b


def evaluate_bag(bag: Any, guideline: Optional[str] = None,
                 as_of: Any = None, explain: bool = False) -> Any:
    """Evaluates a Dask bag of histories; returns a bag of dicts in the
    same order: each history's result/1 object, or in the place of one
    that cannot be evaluated its error/1 object, whose index is the
    history's place in the whole bag (as evaluate_many gives them).

    The items are what tpath.evaluate takes: YAML text (str) or dicts
    (an os.PathLike works only where every worker sees the file).  Lazy,
    like any bag operation: nothing runs before compute()."""
    import dask.bag as db
    from dask import delayed

    as_of = tpath._check_options(guideline, as_of)
    parts = bag.to_delayed()
    out = []
    offset: Any = 0
    for p in parts:
        out.append(delayed(_bag_partition, pure=True)(
            p, offset, guideline, as_of, bool(explain)))
        offset = delayed(_plus, pure=True)(offset, delayed(len)(p))
    return db.from_delayed(out)


EXIT_OK, EXIT_USAGE, EXIT_INVALID, EXIT_SYSTEM = 0, 2, 3, 4


def _status(code: int) -> int:
    if code == 0:
        return EXIT_OK
    if code in (_tpath.EINVALID, _tpath.ELIMIT):
        return EXIT_INVALID
    if code == _tpath.EUSAGE:
        return EXIT_USAGE
    return EXIT_SYSTEM


def _partitions(docs: Iterator[Document], size: int
                ) -> Iterator[List[Document]]:
    part: List[Document] = []
    try:
        for d in docs:
            part.append(d)
            if len(part) == size:
                yield part
                part = []
    except OSError:
        # an input that cannot be read: the documents before it still go
        if part:
            yield part
        raise
    if part:
        yield part


def run(inputs: Sequence[str], out: Any, client: Any,
        guideline: Optional[str] = None, as_of: Optional[str] = None,
        explain: bool = False, partition_size: int = 256,
        window: Optional[int] = None, err: Any = None) -> int:
    """Evaluates the documents of inputs on the Dask client's cluster,
    writing their lines to out (a text file) in input order; returns the
    exit status.  At most `window` partitions (default: 4 per worker
    thread) are in flight, so memory stays flat on both sides."""
    err = err if err is not None else sys.stderr
    if window is None:
        threads = sum(client.nthreads().values()) or 1
        window = 4 * threads
    pending: "collections.deque[Any]" = collections.deque()
    worst = 0

    def write(fut: Any) -> None:
        nonlocal worst
        for code, line in fut.result():
            out.write(line)
            if code < 0:
                e = json.loads(line)
                err.write(f"{e['error']} (document {e['index']})\n")
                worst = max(worst, _status(code))
        fut.release()

    try:
        for part in _partitions(documents(inputs), partition_size):
            if len(pending) >= window:
                write(pending.popleft())
            pending.append(client.submit(evaluate_partition, part,
                                         guideline, as_of, explain,
                                         pure=False))
    except OSError as e:
        # an input that cannot be opened or read, as the batch: what was
        # read before it is still written
        while pending:
            write(pending.popleft())
        out.flush()
        err.write(f"tpath: {e.filename}: cannot open: {e.strerror}\n"
                  if e.filename else f"tpath: read error: {e}\n")
        return EXIT_SYSTEM
    while pending:
        write(pending.popleft())
    out.flush()
    return worst


def main(argv: Optional[Sequence[str]] = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python3 -m tpath.dask",
        description="Evaluate streams of histories on a Dask cluster; one "
        "JSON line per document, in input order, as `tpath evaluate "
        "--batch` writes them.")
    ap.add_argument("--workers", type=int, default=1, metavar="N",
                    help="worker processes of the LocalCluster started "
                    "when no --scheduler is given (default 1)")
    ap.add_argument("--scheduler", metavar="ADDRESS",
                    help="a running distributed scheduler to use, e.g. "
                    "tcp://10.0.0.5:8786")
    ap.add_argument("--out", required=True, metavar="FILE",
                    help="where to write the JSON lines (- for standard "
                    "output)")
    ap.add_argument("--guideline", metavar="ID")
    ap.add_argument("--as-of", metavar="DATE")
    ap.add_argument("--explain", action="store_true")
    ap.add_argument("--partition-size", type=int, default=256, metavar="K",
                    help="documents per task (default 256)")
    ap.add_argument("inputs", nargs="+", metavar="INPUT")
    a = ap.parse_args(argv)
    if a.workers < 1 or a.workers > 256:
        ap.error("--workers takes a number from 1 to 256")
    if a.partition_size < 1:
        ap.error("--partition-size takes a number from 1")
    for inp in a.inputs:
        if inp != "-" and not os.path.exists(inp):
            print(f"tpath: {inp}: cannot open: No such file or directory",
                  file=sys.stderr)
            return EXIT_SYSTEM
    try:
        out_file = sys.stdout if a.out == "-" else \
            open(a.out, "w", encoding="utf-8", newline="")
    except OSError as e:
        print(f"tpath: {a.out}: cannot open: {e.strerror}", file=sys.stderr)
        return EXIT_SYSTEM
    from distributed import Client, LocalCluster

    cluster = None
    if a.scheduler:
        client = Client(a.scheduler)
    else:
        cluster = LocalCluster(n_workers=a.workers, threads_per_worker=1,
                               processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        return run(a.inputs, out_file, client, a.guideline, a.as_of,
                   a.explain, a.partition_size)
    finally:
        if out_file is not sys.stdout:
            out_file.close()
        client.close()
        if cluster is not None:
            cluster.close()


if __name__ == "__main__":
    sys.exit(main())
