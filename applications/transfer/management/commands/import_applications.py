"""Import a spreadsheet of applications for a user, from scripts or for support."""

import json
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db.models import Q

from applications.models import Status
from applications.transfer import services, values
from applications.transfer.importer import analyse
from applications.transfer.models import ImportState
from applications.transfer.sniff import TableError, read_table


class Command(BaseCommand):
    help = (
        "Import applications from a CSV or XLSX file. With --dry-run nothing is written; "
        "with --json the result is one JSON object on stdout."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="CSV or XLSX file")
        parser.add_argument("--user", required=True, help="email or username of the account")
        parser.add_argument("--dry-run", action="store_true", help="check the file, write nothing")
        parser.add_argument("--json", action="store_true", help="print one JSON object")
        parser.add_argument(
            "--date-order",
            choices=sorted(values.DATE_ORDERS),
            help="how to read dates like 03/04/2026 (default: settled from the file)",
        )
        parser.add_argument(
            "--status",
            action="append",
            default=[],
            metavar="WORD=STATUS",
            help=f"what a status word means, e.g. 'Raus=applied' ({', '.join(Status.values)})",
        )

    def handle(self, *args, **options):
        user = self._user(options["user"])
        path = Path(options["file"])
        try:
            data = path.read_bytes()
        except OSError as e:
            raise CommandError(f"Can't read {path}: {e.strerror}") from e
        status_map = self._status_map(options["status"])
        try:
            table = read_table(data, path.name)
        except TableError as e:
            if options["json"]:
                self.stdout.write(json.dumps({"mapping": {}, "rows": [], "errors": [str(e)]}))
            raise CommandError(str(e)) from e

        analysis = analyse(
            table, user=user, date_order=options["date_order"] or "", status_map=status_map
        )
        if options["dry_run"]:
            if options["json"]:
                self.stdout.write(json.dumps(analysis.as_json(), ensure_ascii=False))
            else:
                self._describe(analysis)
            if analysis.problems:
                raise CommandError(" ".join(analysis.problems))
            return
        if analysis.problems:
            if options["json"]:
                self.stdout.write(json.dumps(analysis.as_json(), ensure_ascii=False))
            raise CommandError(" ".join(analysis.problems))

        job = services.import_job_create(user=user, filename=path.name, data=data)
        services.import_job_configure(
            job=job, date_order=analysis.date_order, status_map=status_map
        )
        # The command is its own confirmation: run the import here, as the web does.
        job.state, job.total = ImportState.QUEUED, len(job.rows)
        job.save(update_fields=["state", "total"])
        job = services.import_run(job_id=job.pk)
        summary = {
            "job": job.pk,
            "state": job.state,
            "created": job.created_count,
            "skipped_duplicates": job.skipped_count,
            "invalid": job.invalid_count,
            "errors": [f"row {r.number}: {'; '.join(r.errors)}" for r in analysis.invalid],
        }
        if job.error:
            summary["errors"].insert(0, job.error)
        if options["json"]:
            self.stdout.write(json.dumps(summary, ensure_ascii=False))
        else:
            self.stdout.write(
                f"Imported {job.created_count} applications for {user.username}; "
                f"{job.skipped_count} already there, {job.invalid_count} with problems."
            )
            for line in summary["errors"]:
                self.stdout.write(f"  {line}")
        if job.error:
            raise CommandError(job.error)

    def _user(self, who: str):
        users = get_user_model().objects.filter(Q(email__iexact=who) | Q(username=who))
        user = users.first()
        if user is None:
            raise CommandError(f"No account with the email or username {who!r}.")
        return user

    def _status_map(self, pairs: list[str]) -> dict[str, str]:
        mapped = {}
        for pair in pairs:
            word, _, status = pair.rpartition("=")
            if not word or status not in Status.values:
                raise CommandError(
                    f"--status {pair!r}: write WORD=STATUS with one of {', '.join(Status.values)}."
                )
            mapped[values.status_key(word)] = status
        return mapped

    def _describe(self, analysis):
        for header, name in analysis.mapping_by_header().items():
            self.stdout.write(f"  {header!r} -> {name or 'kept in notes'}")
        self.stdout.write(
            f"{len(analysis.importable)} rows to import, {len(analysis.duplicates)} already "
            f"there, {len(analysis.invalid)} with problems."
        )
        for row in analysis.invalid:
            self.stdout.write(f"  row {row.number}: {'; '.join(row.errors)}")
        for problem in analysis.problems:
            self.stdout.write(f"  {problem}")
