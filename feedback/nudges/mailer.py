"""One email connection per worker process, kept open between sends.

Opening an SMTP session per message (TCP, EHLO, perhaps STARTTLS and AUTH) costs more
than sending the message; a worker sending many nudges in a row reuses its session. A
session idle for a while may have been dropped by the server, so it is checked with a
NOOP first and reopened if it's gone; any error closes it, so the retry starts afresh.
"""

import contextlib
import threading
import time

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.core.mail.backends import smtp
from django.utils.module_loading import import_string

IDLE_CHECK_SECONDS = 20

_local = threading.local()


def _settings_key():
    return (settings.EMAIL_BACKEND, settings.EMAIL_HOST, settings.EMAIL_PORT)


def _connection():
    held = getattr(_local, "held", None)
    if held is not None and held[0] != _settings_key():
        close()
        held = None
    if held is None:
        connection = get_connection(fail_silently=False)
        connection.open()
        _local.held = held = (_settings_key(), connection)
        _local.used_at = time.monotonic()
    connection = held[1]
    smtp = getattr(connection, "connection", None)
    if smtp is not None and time.monotonic() - _local.used_at > IDLE_CHECK_SECONDS:
        try:
            alive = smtp.noop()[0] == 250
        except Exception:
            alive = False
        if not alive:
            close()
            return _connection()
    return connection


def send(message: EmailMessage) -> None:
    """Send one message; raises the backend's error (smtplib's, OSError) if it fails."""
    if not issubclass(import_string(settings.EMAIL_BACKEND), smtp.EmailBackend):
        # File, console and in-memory backends: one message per file, nothing to keep open.
        if message.send() != 1:
            raise OSError("The email backend did not accept the message.")
        return
    connection = _connection()
    message.connection = connection
    envelope = getattr(message, "envelope", None)
    try:
        if envelope is None:
            sent = connection.send_messages([message])
        elif message.recipients():
            # What the backend's send_messages() does for one message on an open session,
            # with the envelope and bytes the message writes itself (emails.NudgeEmail).
            connection.connection.sendmail(*envelope())
            sent = 1
        else:
            sent = 0
    except BaseException:
        close()
        raise
    _local.used_at = time.monotonic()
    if sent != 1:
        close()
        raise OSError("The email backend did not accept the message.")


def close() -> None:
    held = getattr(_local, "held", None)
    _local.held = None
    if held is not None:
        # A dead session may fail to say goodbye; it is being dropped either way.
        with contextlib.suppress(Exception):
            held[1].close()
