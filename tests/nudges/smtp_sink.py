"""A real SMTP server for the tests: aiosmtpd, one file per accepted message.

    python tests/nudges/smtp_sink.py PORT FOLDER [--refuse]

With --refuse it answers every message with 421 (a temporary refusal), as a mail server
does while it is overloaded or restarting. Runs until killed.
"""

import asyncio
import sys
import uuid
from pathlib import Path

from aiosmtpd.controller import Controller


class Recorder:
    def __init__(self, folder: Path, refuse: bool):
        self.folder = folder
        self.refuse = refuse

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        if self.refuse:
            return "421 Too busy, try again later"
        envelope.mail_from = address
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        name = uuid.uuid4().hex
        tmp = self.folder / f".{name}.tmp"
        tmp.write_bytes(
            b"X-Rcpt-To: " + ",".join(envelope.rcpt_tos).encode() + b"\r\n" + envelope.content
        )
        # Written whole before it is visible, and before the client hears "250".
        tmp.rename(self.folder / f"{name}.eml")
        return "250 Message accepted for delivery"


def main():
    port, folder = int(sys.argv[1]), Path(sys.argv[2])
    folder.mkdir(parents=True, exist_ok=True)
    controller = Controller(
        Recorder(folder, "--refuse" in sys.argv), hostname="127.0.0.1", port=port
    )
    controller.start()
    print("ready", flush=True)
    try:
        asyncio.new_event_loop().run_forever()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
