"""Re-read every saved text after a classifier upgrade; only automatic mentions change."""

from django.core.management.base import BaseCommand, CommandError

from applications.models import User
from insights.services import classifier_version, texts_reclassify


class Command(BaseCommand):
    help = "Re-classify every feedback, reflection and rejection reason (user corrections stay)."

    def add_arguments(self, parser):
        parser.add_argument("--user", help="Only this username.")

    def handle(self, *args, **options):
        user = None
        if options["user"]:
            user = User.objects.filter(username=options["user"]).first()
            if user is None:
                raise CommandError(f"No user called {options['user']!r}.")
        count = texts_reclassify(user=user)
        self.stdout.write(
            f"Re-read {count} text{'s' if count != 1 else ''} with {classifier_version()}."
        )
