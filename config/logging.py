"""A JSON-lines log formatter: one object per record, easy for any log collector to parse."""

import json
import logging
from collections.abc import Mapping
from datetime import UTC, datetime

# Attributes every LogRecord has; anything else was passed with `extra=` and is kept.
_STANDARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime", "taskName"}


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
        }
        if record.name == "gunicorn.access" and isinstance(record.args, Mapping):
            entry.update(_access_fields(record.args))
        else:
            entry["message"] = record.getMessage()
        request = getattr(record, "request", None)
        if request is not None and hasattr(request, "method"):
            # django.request attaches the request itself; log where, never what was sent.
            entry["method"] = request.method
            entry["path"] = request.path
        if getattr(record, "status_code", None) is not None:
            entry["status"] = record.status_code
        for key, value in vars(record).items():
            if key not in _STANDARD and key not in {"request", "status_code", "args"}:
                entry[key] = value if isinstance(value, str | int | float | bool) else repr(value)
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        return json.dumps(entry, ensure_ascii=False)


def _access_fields(atoms) -> dict:
    """gunicorn hands its access-log fields over as a dict of one-letter "atoms"."""

    def number(value):
        try:
            return int(value)
        except (TypeError, ValueError):
            return None

    return {
        "message": f"{atoms['m']} {atoms['U']} {atoms['s']}",
        "method": atoms["m"],
        "path": atoms["U"],
        "status": number(atoms["s"]),
        "duration_ms": number(atoms["M"]),
        "bytes": number(atoms["B"]),
        "remote": atoms["h"],
        "user_agent": atoms["a"],
    }
