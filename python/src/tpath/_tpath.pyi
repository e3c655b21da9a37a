# Type stub of the extension module (internal; see tpath/__init__.py).
from typing import Dict, List, Optional, Sequence, Tuple, Union

OK: int
EINVALID: int
ELIMIT: int
ENOMEM: int
EIO: int
EUSAGE: int
MAX_BYTES: int
HEADER_VERSION: str

_ErrorTuple = Tuple[int, str, Optional[int], Optional[int], str]

def open_kb() -> Optional[_ErrorTuple]: ...
def evaluate(text: bytes, name: str, first_line: int, index: int,
             guideline: Optional[str], as_of: Optional[str],
             trace: bool) -> Tuple[int, Optional[str]]: ...
def error_line(index: int, code: int, source: str, line: int, column: int,
               message: str) -> str: ...
def guidelines() -> List[Dict[str, Union[str, int, bool, None]]]: ...
def import_fhir(inputs: Sequence[Tuple[str, bytes]], relative_days: bool,
                as_of: Optional[str], id: Optional[str]
                ) -> Tuple[int, Union[str, _ErrorTuple],
                           List[Tuple[str, str]]]: ...
def knowledge_hash(guideline: Optional[str]) -> Optional[str]: ...
def code_string(code: int) -> str: ...
def library_version() -> str: ...
