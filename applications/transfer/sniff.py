"""Turn an uploaded file into a header and rows of text, whatever spreadsheet it came from.

Handles CSV with comma, semicolon or tab, in UTF-8 (with or without BOM), UTF-16 (what
Excel's "Unicode text" writes) or the legacy Windows-1252/Latin-1, and XLSX workbooks.
Every refusal is a TableError whose message a job seeker can act on.
"""

import csv
import io
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time

from django.conf import settings

# The same limit the request-size middleware enforces before the upload is even read.
MAX_UPLOAD_BYTES = settings.REBOUND_MAX_UPLOAD_MB * 1024 * 1024
MAX_ROWS = 20_000
DELIMITERS = [",", ";", "\t"]
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab"}
# Signatures of files people upload by mistake: PDF, PNG, JPEG, GIF.
_BINARY_MAGIC = [b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\xd0\xcf\x11\xe0"]


class TableError(ValueError):
    """The file can't be read as a table; the message says why and what to do."""


@dataclass
class Table:
    headers: list[str]
    rows: list[list[str]]
    # The row number the user sees in their spreadsheet for each row (the header is row 1).
    row_numbers: list[int]
    encoding: str = ""
    delimiter: str = ""
    kind: str = "csv"
    notes: list[str] = field(default_factory=list)

    @property
    def description(self) -> str:
        if self.kind == "xlsx":
            return "Excel workbook (first sheet)"
        return f"{DELIMITER_NAMES.get(self.delimiter, 'comma')}-separated text, {self.encoding}"


def read_table(data: bytes, filename: str = "") -> Table:
    if not data or not data.strip():
        raise TableError("The file is empty.")
    if len(data) > MAX_UPLOAD_BYTES:
        raise TableError(
            f"The file is {len(data) / 1024 / 1024:.1f} MB; the limit is "
            f"{MAX_UPLOAD_BYTES // 1024 // 1024} MB. Split it into smaller files."
        )
    if data.startswith(b"PK\x03\x04"):
        return _read_xlsx(data)
    if filename.lower().endswith(".xls") or data.startswith(b"\xd0\xcf\x11\xe0"):
        raise TableError(
            "This is an old Excel (.xls) file. Save it as .xlsx or CSV and upload that."
        )
    if any(data.startswith(magic) for magic in _BINARY_MAGIC):
        raise TableError("This file isn't a table. Upload a CSV or an Excel (.xlsx) file.")
    text, encoding = decode(data)
    if "\x00" in text:
        raise TableError("This file isn't a table. Upload a CSV or an Excel (.xlsx) file.")
    return _read_csv(text, encoding)


def decode(data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "UTF-8 with BOM"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "UTF-16"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        # Five bytes are unassigned in Windows-1252; Latin-1 maps every byte.
        return data.decode("latin-1"), "Latin-1"


def _pick_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the most, and most even, columns."""
    sample = text[:65536]
    best, best_score = ",", (-1, 0)
    for delimiter in DELIMITERS:
        try:
            rows = [r for r in _csv_rows(sample, delimiter, limit=30) if any(c.strip() for c in r)]
        except csv.Error:
            continue
        if not rows:
            continue
        width = len(rows[0])
        # Whole rows (the last may be cut off by the sample) that agree with the header's width.
        agreeing = sum(1 for r in rows[:-1] if len(r) == width) if len(rows) > 1 else 1
        score = (width if width > 1 else 0, agreeing)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _csv_rows(text: str, delimiter: str, limit: int | None = None):
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    for i, row in enumerate(reader):
        if limit is not None and i >= limit:
            return
        yield row


def _read_csv(text: str, encoding: str) -> Table:
    first, _, rest = text.partition("\n")
    if first.strip().lower().startswith("sep=") and len(first.strip()) == 5:
        # Excel's hint line ("sep=;") names the delimiter and is not part of the table.
        delimiter, text = first.strip()[4], rest
    else:
        delimiter = _pick_delimiter(text)
    try:
        records = list(_csv_rows(text, delimiter))
    except csv.Error as e:
        raise TableError(f"This file can't be read as a table ({e}).") from e
    table = _to_table(records, kind="csv")
    table.encoding, table.delimiter = encoding, delimiter
    return table


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _read_xlsx(data: bytes) -> Table:
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as e:
        raise TableError(
            "This file isn't a spreadsheet we can read. Upload a CSV or an Excel (.xlsx) file."
        ) from e
    try:
        sheet = workbook.worksheets[0]
        records = []
        for row in sheet.iter_rows(values_only=True):
            records.append([_cell_text(v) for v in row])
            if len(records) > MAX_ROWS + 1:
                break
    finally:
        workbook.close()
    return _to_table(records, kind="xlsx")


def _to_table(records: list[list[str]], *, kind: str) -> Table:
    numbered = [(i + 1, r) for i, r in enumerate(records) if any(c.strip() for c in r)]
    if not numbered:
        raise TableError("The file is empty.")
    _, header = numbered[0]
    # Trailing empty header cells are common in spreadsheets: cut them off.
    while header and not header[-1].strip():
        header.pop()
    headers = [" ".join(h.split()) for h in header]
    if sum(1 for h in headers if h) < 2:
        raise TableError(
            "This file doesn't look like a table: we found a single column. Save your "
            "spreadsheet as CSV (comma, semicolon or tab separated) or as an Excel file, with "
            "the column names in the first row."
        )
    body = numbered[1:]
    if not body:
        raise TableError("The file has column names but no rows under them.")
    if len(body) > MAX_ROWS:
        raise TableError(f"The file has more than {MAX_ROWS:,} rows. Split it into smaller files.")
    # Cells beyond the header are kept under a made-up name rather than silently dropped.
    width = len(headers)
    for _, record in body:
        filled = len(record)
        while filled and not record[filled - 1].strip():
            filled -= 1
        width = max(width, filled)
    headers += [f"Column {i + 1}" for i in range(len(headers), width)]
    headers = [h or f"Column {i + 1}" for i, h in enumerate(headers)]
    rows, numbers = [], []
    for number, record in body:
        cells = [c.strip() for c in record[:width]]
        cells += [""] * (width - len(cells))
        rows.append(cells)
        numbers.append(number)
    return Table(headers=headers, rows=rows, row_numbers=numbers, kind=kind)
