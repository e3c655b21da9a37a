"""tpath: where a patient stands on a depression treatment pathway.

tpath evaluates an anonymized depression-treatment history (the history/1
format) against published guidelines: each trial's adequacy and outcome,
every definition of treatment-resistant depression, staging models, the
guideline's position and recommendations, and safety warnings.  It is
decision support, not a prescription: every result cites its sources and
must be read by a clinician.

This package wraps libtpath, the project's C library (not the tpath
program); results are the result/1 JSON objects the program writes, as
Python dicts (docs/result-format.md).

Functions:
    evaluate(history, guideline=None, as_of=None, explain=False) -> dict
        One history: YAML text (str), a file (os.PathLike, never a str) or
        a dict.
    evaluate_many(histories, jobs=1, ...) -> iterator of dict
        Many histories on `jobs` threads sharing one knowledge base, in
        input order; an invalid one gives an error/1 object in its place.
    import_fhir(bundle_or_path, ...) -> str
        FHIR R4 data to a history/1 YAML document.
    guidelines() -> list of dict
        The pathway guidelines of the knowledge base.
    history_text(dict) -> str
        The history/1 text evaluate() makes of a dict.

Exceptions:
    Error            base of the exceptions below (except MemoryError).
    InvalidInput     invalid history or FHIR data: .source, .line, .column,
                     .message (and .key_path for a dict).
    LimitExceeded    the input is over a limit (docs/limits.md).
    UsageError       an option that cannot apply (an unknown guideline, an
                     as_of malformed or before the episode).
    MemoryError      out of memory.

The knowledge base is the one built into libtpath, with the knowledge
files of the directory TPATH_DATA_DIR laid over it when that variable is
set (as for the tpath program).  It is opened once per process.

tpath.dask (imported separately) runs the same evaluation over a Dask
cluster: evaluate_bag(bag), and `python3 -m tpath.dask`.
"""

from __future__ import annotations

import collections
import concurrent.futures
import datetime
import json
import math
import os
import threading
import warnings as _warnings
from typing import (Any, Callable, Dict, Iterable, Iterator, List, Mapping,
                    Optional, Tuple, Union)

from . import _tpath

__version__ = "0.6.2"

__all__ = [
    "evaluate", "evaluate_many", "import_fhir", "guidelines",
    "Error", "InvalidInput", "LimitExceeded", "UsageError",
    "FhirImportWarning", "library_version", "history_text", "__version__",
]

History = Union[str, bytes, "os.PathLike[str]", "os.PathLike[bytes]",
                Mapping[str, Any]]

class Error(Exception):
    """Base class of tpath's errors.

    Attributes: source (the input's name: a path, "<string>", "<dict>"),
    line and column (1-based, None without a position), message (the
    library's message), key_path (for a dict history: where in the dict,
    e.g. "treatments[0].drug"; "" for the dict itself; None otherwise) and
    code (the library's code phrase, e.g. "invalid input").
    str(error) is the one-line "source:line:column: message" (for a dict
    "<dict>: key_path: message").
    """

    def __init__(self, message: str, source: str = "",
                 line: Optional[int] = None, column: Optional[int] = None,
                 key_path: Optional[str] = None, code: str = "") -> None:
        self.source = source
        self.line = line
        self.column = column
        self.message = message
        self.key_path = key_path
        self.code = code
        super().__init__(_format_error(
            source, line, column,
            f"{key_path}: {message}" if key_path else message))


class InvalidInput(Error, ValueError):
    """The history (or FHIR data) is not valid: YAML, schema, an unknown
    drug, identifying data."""


class LimitExceeded(Error):
    """The input exceeds a configured limit (docs/limits.md)."""


class UsageError(Error, ValueError):
    """An option cannot apply: an unknown guideline, an as_of malformed,
    in the other date style or before the episode's start."""


class FhirImportWarning(UserWarning):
    """A FHIR resource or value left out by import_fhir."""


def _format_error(source: str, line: Optional[int], column: Optional[int],
                  message: str) -> str:
    if not source:
        return message
    if line:
        return f"{source}:{line}:{column}: {message}"
    return f"{source}: {message}"


def library_version() -> str:
    """The version of libtpath the extension was built with."""
    return _tpath.library_version()


# ---------------------------------------------------------------------------
# The knowledge base

_kb_lock = threading.Lock()
_kb_ready = False


def _ensure_kb() -> None:
    global _kb_ready
    if _kb_ready:
        return
    with _kb_lock:
        if _kb_ready:
            return
        e = _tpath.open_kb()
        if e is not None:
            code, source, line, column, message = e
            raise _exception(code, message, source, line, column)
        _kb_ready = True


def _exception(code: int, message: str, source: str = "",
               line: Optional[int] = None, column: Optional[int] = None,
               key_path: Optional[str] = None) -> BaseException:
    name = _tpath.code_string(code)
    if code == _tpath.ENOMEM:
        return MemoryError(_format_error(source, line, column, message))
    if code == _tpath.EIO:
        return OSError(_format_error(source, line, column, message))
    cls = {_tpath.ELIMIT: LimitExceeded,
           _tpath.EUSAGE: UsageError}.get(code, InvalidInput)
    return cls(message, source, line, column, key_path, name)


# ---------------------------------------------------------------------------
# Turning an argument into a document

class _Doc:
    """One history ready for the library: its bytes, its name for
    messages, the line it starts at in its source, and for a dict the key
    path of every line of the generated text."""

    __slots__ = ("text", "name", "first_line", "paths", "error", "key_path")

    def __init__(self, text: Optional[bytes], name: str, first_line: int = 1,
                 paths: Optional[List[str]] = None,
                 error: Optional[Tuple[int, str, int, int, str]] = None):
        self.text = text
        self.name = name
        self.first_line = first_line
        self.paths = paths
        # an error found before the library saw it:
        # (code, source, line, column, message), line 0 for none
        self.error = error
        self.key_path: Optional[str] = None


def _read_file(path: "os.PathLike[Any]") -> _Doc:
    name = os.fsdecode(os.fspath(path))
    try:
        with open(path, "rb") as f:
            data = f.read(_tpath.MAX_BYTES + 1)
    except OSError as e:
        return _Doc(None, name, error=(_tpath.EIO, name, 0, 0,
                                       f"cannot open: {e.strerror or e}"))
    if len(data) > _tpath.MAX_BYTES:
        return _Doc(None, name, error=(
            _tpath.ELIMIT, name, 0, 0,
            f"input is larger than the limit of {_tpath.MAX_BYTES} bytes"))
    return _Doc(data, name)


def _key(path: str, key: str) -> str:
    simple = key.replace("_", "").replace("-", "").isalnum()
    part = key if simple and key else json.dumps(key, ensure_ascii=False)
    return f"{path}.{part}" if path else part


def _from_dict(d: Mapping[str, Any]) -> _Doc:
    """A dict as a history/1 document: JSON text (which YAML reads), one
    key or item a line, with the key path of each line, so that an error's
    line names the key it is about."""
    lines: List[str] = []
    paths: List[str] = []

    def scalar(v: Any, path: str) -> str:
        if v is None:
            return "null"
        if v is True:
            return "true"
        if v is False:
            return "false"
        if isinstance(v, int):
            return str(int(v))
        if isinstance(v, float):
            if not math.isfinite(v):
                raise _DictError(path, f"{v!r} is not a finite number")
            return repr(v)
        if isinstance(v, datetime.datetime):
            raise _DictError(path, "a datetime is not a date of history/1; "
                             "give a datetime.date or a string")
        if isinstance(v, datetime.date):
            return json.dumps(v.isoformat())
        if isinstance(v, str):
            try:
                v.encode("utf-8")
            except UnicodeEncodeError:
                raise _DictError(path, "the string is not valid Unicode "
                                 "(a lone surrogate)") from None
            return json.dumps(v, ensure_ascii=False)
        raise _DictError(path, f"a value of type {type(v).__name__} has no "
                         "history/1 form (use str, int, float, bool, None, "
                         "datetime.date, dict or list)")

    def node(prefix: str, v: Any, path: str, indent: int,
             comma: str) -> None:
        pad = " " * indent
        if isinstance(v, Mapping):
            if not v:
                lines.append(f"{pad}{prefix}{{}}{comma}")
                paths.append(path)
                return
            lines.append(f"{pad}{prefix}{{")
            paths.append(path)
            items = list(v.items())
            for i, (k, x) in enumerate(items):
                if not isinstance(k, str):
                    raise _DictError(path, f"key {k!r} is not a string")
                kp = _key(path, k)
                node(json.dumps(k, ensure_ascii=False) + ": ", x, kp,
                     indent + 1, "," if i + 1 < len(items) else "")
            lines.append(f"{pad}}}{comma}")
            paths.append(path)
        elif isinstance(v, (list, tuple)):
            if not v:
                lines.append(f"{pad}{prefix}[]{comma}")
                paths.append(path)
                return
            lines.append(f"{pad}{prefix}[")
            paths.append(path)
            for i, x in enumerate(v):
                node("", x, f"{path}[{i}]", indent + 1,
                     "," if i + 1 < len(v) else "")
            lines.append(f"{pad}]{comma}")
            paths.append(path)
        else:
            lines.append(f"{pad}{prefix}{scalar(v, path)}{comma}")
            paths.append(path)

    if "tpath" not in d:
        d = {"tpath": "history/1", **d}
    try:
        node("", d, "", 0, "")
    except _DictError as e:
        doc = _Doc(None, "<dict>", error=(
            _tpath.EINVALID, "<dict>", 0, 0,
            f"{e.path}: {e.message}" if e.path else e.message))
        doc.key_path = e.path
        return doc
    except RecursionError:
        doc = _Doc(None, "<dict>", error=(
            _tpath.ELIMIT, "<dict>", 0, 0, "the dict is nested too deeply"))
        doc.key_path = ""
        return doc
    return _Doc(("\n".join(lines) + "\n").encode("utf-8"), "<dict>",
                paths=paths)


class _DictError(Exception):
    def __init__(self, path: str, message: str):
        super().__init__(message)
        self.path = path
        self.message = message


def history_text(history: Mapping[str, Any]) -> str:
    """The history/1 document evaluate() makes of a dict: JSON text (which
    YAML reads), one key or list item a line.  The lines a result gives
    for a dict history (trials[].line, measures[].line, a line named in a
    warning) are lines of this text.  Raises InvalidInput naming the key
    path of a value that has no history/1 form."""
    if not isinstance(history, Mapping):
        raise TypeError(f"history_text takes a dict, not "
                        f"{type(history).__name__}")
    doc = _from_dict(history)
    if doc.error is not None:
        code, source, _, _, message = doc.error
        if doc.key_path and message.startswith(doc.key_path + ": "):
            message = message[len(doc.key_path) + 2:]
        raise _exception(code, message, source, key_path=doc.key_path)
    assert doc.text is not None
    return doc.text.decode("utf-8")


def _document(history: Any) -> _Doc:
    if isinstance(history, str):
        try:
            return _Doc(history.encode("utf-8"), "<string>")
        except UnicodeEncodeError as e:
            return _Doc(None, "<string>", error=(
                _tpath.EINVALID, "<string>", 0, 0,
                f"the text is not valid Unicode: {e.reason}"))
    if isinstance(history, (bytes, bytearray, memoryview)):
        return _Doc(bytes(history), "<bytes>")
    if isinstance(history, os.PathLike):
        return _read_file(history)
    if isinstance(history, Mapping):
        return _from_dict(history)
    raise TypeError(
        "a history is YAML text (str), a path (os.PathLike, e.g. "
        f"pathlib.Path) or a dict, not {type(history).__name__}")


def _check_options(guideline: Optional[str], as_of: Any) -> Optional[str]:
    if guideline is not None and not isinstance(guideline, str):
        raise TypeError("guideline is an id (str) from tpath.guidelines(), "
                        f"not {type(guideline).__name__}")
    if as_of is None or isinstance(as_of, str):
        return as_of
    if isinstance(as_of, datetime.datetime):
        raise TypeError("as_of is a date, not a datetime")
    if isinstance(as_of, datetime.date):
        return as_of.isoformat()
    if isinstance(as_of, int) and not isinstance(as_of, bool):
        return str(as_of)
    raise TypeError("as_of is a date (str, datetime.date) or a day number "
                    f"(int), not {type(as_of).__name__}")


def _run(doc: _Doc, index: int, guideline: Optional[str],
         as_of: Optional[str], explain: bool
         ) -> Tuple[int, str, Optional[str]]:
    """(code, line, key_path): the result's JSON line, or the error/1 line
    of document index, as `tpath evaluate --batch` writes it.  A dict's
    error names its key path instead of a line: the message starts with
    "key_path: " (unless it is the whole dict, key path "")."""
    if doc.error is not None:
        code, source, line, column, message = doc.error
        return code, _tpath.error_line(index, code, source, line, column,
                                       message), doc.key_path
    code, out = _tpath.evaluate(doc.text, doc.name, doc.first_line, index,
                                guideline, as_of, explain)
    if out is None:
        raise MemoryError("tpath: out of memory rendering an error")
    key_path = None
    if code < 0 and doc.paths is not None:
        e = json.loads(out)
        line = e.get("line")
        key_path = ""
        if line:
            i = line - 1
            key_path = doc.paths[i] if 0 <= i < len(doc.paths) else ""
            message = f"{key_path}: {e['message']}" if key_path \
                else e["message"]
            out = _tpath.error_line(index, code, e["source"], 0, 0, message)
    return code, out, key_path


# ---------------------------------------------------------------------------
# Public functions

def evaluate(history: History, guideline: Optional[str] = None,
             as_of: Union[str, int, datetime.date, None] = None,
             explain: bool = False) -> Dict[str, Any]:
    """Evaluates one history and returns its result/1 object as a dict.

    history is one of:
      - str: the history/1 YAML text itself (never a file name);
      - os.PathLike (e.g. pathlib.Path): a file holding it;
      - dict: a history/1 document as Python data (str keys; str, int,
        float, bool, None, datetime.date, list and dict values); "tpath":
        "history/1" is added when missing.  An error then names the key
        path ("treatments[0].drug") instead of a line.
    bytes are read as UTF-8 YAML text too.

    guideline is a pathway guideline's id (see guidelines()); None for the
    default one.  as_of evaluates as of another day, in the history's own
    style ("2025-01-31", a datetime.date, or a day number such as 70).
    explain=True fills the result's "trace" with every rule evaluated.

    The dict is equal to the JSON of `tpath evaluate --format json` (with
    --explain when explain is true).

    Raises InvalidInput (with source, line, column, message; key_path for
    a dict), LimitExceeded, UsageError (an unknown guideline, a bad
    as_of), MemoryError, OSError (a file that cannot be read) and
    TypeError (an argument of the wrong type, a str path).
    """
    as_of = _check_options(guideline, as_of)
    _ensure_kb()
    doc = _document(history)
    if doc.error is not None and doc.error[0] == _tpath.EIO:
        raise OSError(_format_error(doc.error[1], None, None, doc.error[4]))
    code, line, key_path = _run(doc, 0, guideline, as_of, bool(explain))
    if code < 0:
        e = json.loads(line)
        message = e["message"]
        if key_path and message.startswith(key_path + ": "):
            message = message[len(key_path) + 2:]
        raise _exception(code, message, e["source"], e.get("line"),
                         e.get("column"), key_path)
    return json.loads(line)


def evaluate_many(histories: Iterable[History], jobs: int = 1,
                  guideline: Optional[str] = None,
                  as_of: Union[str, int, datetime.date, None] = None,
                  explain: bool = False) -> Iterator[Dict[str, Any]]:
    """Evaluates many histories and yields one dict per history, in input
    order.

    Each item is what evaluate() takes (YAML text, an os.PathLike, a
    dict).  jobs threads (1 to 64) evaluate at once: the library releases
    the GIL while it loads, evaluates and renders, and every thread reads
    the one knowledge base of the process.  At most 8 * jobs histories are
    in flight, so memory stays flat however long the iterable.

    A history that cannot be evaluated does not stop the others: in its
    place comes its error object, equal to the error/1 line `tpath
    evaluate --batch` writes ({"tpath": "error/1", "index", "source",
    "line", "column", "code", "message", "error"}, index counting items
    from 0).  For a dict the line and column are null and the message
    starts with the key path.  An item of a type evaluate() refuses gives
    an error object too.  Only running out of memory while rendering an
    error raises.
    """
    if isinstance(jobs, bool) or not isinstance(jobs, int) or \
            not 1 <= jobs <= 64:
        raise ValueError(f"jobs is a number of threads from 1 to 64, "
                         f"not {jobs!r}")
    if isinstance(histories, (str, bytes, Mapping, os.PathLike)):
        raise TypeError("evaluate_many takes an iterable of histories; "
                        "for one history use evaluate()")
    as_of = _check_options(guideline, as_of)
    _ensure_kb()
    return _many(iter(histories), jobs, guideline, as_of, bool(explain))


def _one(item: Any, index: int, guideline: Optional[str],
         as_of: Optional[str], explain: bool) -> str:
    try:
        doc = _document(item)
    except TypeError as e:
        return _tpath.error_line(index, _tpath.EINVALID,
                                 f"<{type(item).__name__}>", 0, 0, str(e))
    return _run(doc, index, guideline, as_of, explain)[1]


def _many(it: Iterator[Any], jobs: int, guideline: Optional[str],
          as_of: Optional[str], explain: bool) -> Iterator[Dict[str, Any]]:
    if jobs == 1:
        for i, item in enumerate(it):
            yield json.loads(_one(item, i, guideline, as_of, explain))
        return

    def work(item: Any, index: int) -> Dict[str, Any]:
        return json.loads(_one(item, index, guideline, as_of, explain))

    window: "collections.deque[concurrent.futures.Future[Dict[str, Any]]]"
    window = collections.deque()
    with concurrent.futures.ThreadPoolExecutor(
            max_workers=jobs, thread_name_prefix="tpath") as pool:
        try:
            for i, item in enumerate(it):
                if len(window) >= 8 * jobs:
                    yield window.popleft().result()
                window.append(pool.submit(work, item, i))
            while window:
                yield window.popleft().result()
        finally:
            for f in window:
                f.cancel()


def guidelines() -> List[Dict[str, Any]]:
    """The pathway guidelines of the knowledge base, as `tpath guidelines`
    lists them: dicts with id, version, title, publisher, year, citation,
    url, file (the knowledge file it came from) and default (True for the
    one evaluate() uses when none is named)."""
    _ensure_kb()
    return _tpath.guidelines()


def _fhir_inputs(src: Any) -> List[Tuple[str, bytes]]:
    if isinstance(src, os.PathLike):
        path = os.fspath(src)
        name = os.fsdecode(path)
        if os.path.isdir(path):
            out = []
            for n in sorted(os.listdir(path), key=os.fsencode):
                nn = os.fsdecode(n)
                if nn.startswith(".") or not (
                        (nn.endswith(".json") and len(nn) > 5) or
                        (nn.endswith(".ndjson") and len(nn) > 7)):
                    continue
                out.append(_fhir_file(os.path.join(path, n)))
            return out
        return [_fhir_file(path)]
    if isinstance(src, str):
        return [("<string>", src.encode("utf-8"))]
    if isinstance(src, (bytes, bytearray, memoryview)):
        return [("<bytes>", bytes(src))]
    if isinstance(src, Mapping):
        try:
            text = json.dumps(src, ensure_ascii=False, allow_nan=False)
        except (TypeError, ValueError) as e:
            raise InvalidInput(f"the FHIR data is not JSON: {e}",
                               "<dict>",
                               code=_tpath.code_string(_tpath.EINVALID)
                               ) from None
        return [("<dict>", text.encode("utf-8"))]
    raise TypeError("FHIR data is JSON or NDJSON text (str, bytes), a "
                    "Bundle or resource (dict), or a path (os.PathLike) "
                    f"to a file or folder, not {type(src).__name__}")


def _fhir_file(path: Any) -> Tuple[str, bytes]:
    name = os.fsdecode(path)
    with open(path, "rb") as f:
        data = f.read(_tpath.MAX_BYTES + 1)
    if len(data) > _tpath.MAX_BYTES:
        raise LimitExceeded(f"input is larger than the limit of "
                            f"{_tpath.MAX_BYTES} bytes", name,
                            code=_tpath.code_string(_tpath.ELIMIT))
    return name, data


def import_fhir(bundle_or_path: Union[str, bytes, Mapping[str, Any],
                                      "os.PathLike[Any]"],
                relative_days: bool = False,
                as_of: Union[str, datetime.date, None] = None,
                id: Optional[str] = None,
                on_warning: Optional[Callable[[str, str], None]] = None
                ) -> str:
    """Builds one anonymized history/1 YAML document from FHIR R4 data, as
    `tpath import fhir` does (docs/fhir.md).

    bundle_or_path is a Bundle or a single resource (a dict, or JSON
    text), NDJSON text (one resource a line), or an os.PathLike naming a
    file of either or a folder whose *.json and *.ndjson files are read in
    name order.  relative_days writes days from the episode's start
    instead of calendar dates; as_of leaves out what came later; id sets
    the history's id.

    What is left out (another patient's resource, an unknown drug, a value
    out of range) is reported through on_warning(where, message) when
    given, else as a FhirImportWarning; the last report, where "summary",
    counts what was left out.

    Returns the YAML text, which evaluate() takes as it is.  Raises
    InvalidInput (malformed JSON, with line and column; nothing usable),
    LimitExceeded, UsageError (a bad as_of), OSError, MemoryError.
    """
    if isinstance(as_of, datetime.date) and \
            not isinstance(as_of, datetime.datetime):
        as_of = as_of.isoformat()
    if as_of is not None and not isinstance(as_of, str):
        raise TypeError("as_of is a date (str or datetime.date)")
    if id is not None and not isinstance(id, str):
        raise TypeError("id is a str")
    _ensure_kb()
    inputs = _fhir_inputs(bundle_or_path)
    code, out, warns = _tpath.import_fhir(inputs, bool(relative_days),
                                          as_of, id)
    for where, message in warns:
        if on_warning is not None:
            on_warning(where, message)
        else:
            _warnings.warn(f"{where}: {message}", FhirImportWarning,
                           stacklevel=2)
    if code < 0:
        _, source, line, column, message = out
        raise _exception(code, message, source, line, column)
    return out
