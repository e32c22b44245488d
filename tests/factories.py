"""All test factories in one place."""

import datetime as dt

import factory
from django.utils import timezone

from applications import models as am

PASSWORD = "correct-horse-battery-9"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = am.User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"seeker{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.com")
    first_name = factory.Faker("first_name")
    time_zone = "Europe/London"
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def _save(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class CompanyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = am.Company

    user = factory.SubFactory(UserFactory)
    name = factory.Sequence(lambda n: f"Company {n}")
    industry = "Software"


class ApplicationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = am.Application

    user = factory.SubFactory(UserFactory)
    company = factory.SubFactory(CompanyFactory, user=factory.SelfAttribute("..user"))
    role_title = factory.Sequence(lambda n: f"Data Analyst {n}")
    status = am.Status.APPLIED
    applied_on = factory.LazyFunction(lambda: timezone.now().date() - dt.timedelta(days=10))
    source = am.Source.JOB_BOARD

    @factory.post_generation
    def with_event(obj, create, extracted, **kwargs):
        # Mirror what services.application_create does: the first status is an event too.
        if create and extracted is not False:
            am.ApplicationEvent.objects.create(
                user=obj.user,
                application=obj,
                from_status="",
                to_status=obj.status,
                occurred_at=timezone.make_aware(
                    dt.datetime.combine(obj.applied_on or timezone.now().date(), dt.time(9))
                ),
            )


class ContactFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = am.Contact

    user = factory.SubFactory(UserFactory)
    company = factory.SubFactory(CompanyFactory, user=factory.SelfAttribute("..user"))
    name = factory.Faker("name")
    role = am.ContactRole.RECRUITER
    email = factory.Faker("email")


class InterviewFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = am.Interview

    user = factory.SubFactory(UserFactory)
    application = factory.SubFactory(ApplicationFactory, user=factory.SelfAttribute("..user"))
    round = am.InterviewRound.PHONE_SCREEN
    starts_at = factory.LazyFunction(lambda: timezone.now() + dt.timedelta(days=2))
    duration_minutes = 45
    format = am.InterviewFormat.VIDEO


class RejectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = am.Rejection

    user = factory.SubFactory(UserFactory)
    application = factory.SubFactory(
        ApplicationFactory, user=factory.SelfAttribute("..user"), status=am.Status.REJECTED
    )
    rejected_on = factory.LazyFunction(lambda: timezone.now().date())
    stage = am.Status.APPLIED
    reason = "We have decided to move forward with other candidates."


# Import & export (transfer) ------------------------------------------------------------------


class ImportJobFactory(factory.django.DjangoModelFactory):
    """An uploaded two-row spreadsheet waiting in the preview step."""

    class Meta:
        model = "transfer.ImportJob"

    user = factory.SubFactory(UserFactory)
    filename = "applications.csv"
    file_sha256 = "0" * 64
    description = "comma-separated text, UTF-8"
    headers = factory.LazyFunction(lambda: ["Company", "Role", "Status", "Applied"])
    rows = factory.LazyFunction(
        lambda: [
            ["Acme", "Data Analyst", "applied", "2026-03-14"],
            ["Globex", "BI Developer", "rejected", "2026-03-02"],
        ]
    )
    row_numbers = factory.LazyFunction(lambda: [2, 3])
    mapping = factory.LazyFunction(lambda: ["company", "role", "status", "applied_on"])
    date_order = "dmy"


class CalendarFeedFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "transfer.CalendarFeed"

    user = factory.SubFactory(UserFactory)


# --- feedback -------------------------------------------------------------------------------


class FeedbackRequestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "feedback.FeedbackRequest"

    user = factory.SubFactory(UserFactory)
    rejection = factory.SubFactory(RejectionFactory, user=factory.SelfAttribute("..user"))
    recipient_name = "Priya Shah"
    recipient_email = "priya@example.com"
    subject = "Feedback on my application"
    body = "Hi Priya,\n\nThank you for your time. Could you share any feedback?\n\nBest wishes"
    situation = "application"
    tone = "warm"
    status = "to_send"


class FeedbackFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "feedback.Feedback"

    user = factory.SubFactory(UserFactory)
    rejection = factory.SubFactory(RejectionFactory, user=factory.SelfAttribute("..user"))
    text = "Your answers lacked specific examples of impact."
    received_on = factory.LazyFunction(lambda: timezone.now().date())
    from_name = "Priya Shah"


class ReflectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "feedback.Reflection"

    user = factory.SubFactory(UserFactory)
    application = factory.SubFactory(ApplicationFactory, user=factory.SelfAttribute("..user"))
    text = "I rambled on the first question and never recovered."


class MessageTemplateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "feedback.MessageTemplate"

    user = factory.SubFactory(UserFactory)
    name = factory.Sequence(lambda n: f"My template {n}")
    tone = "warm"
    subject = "Feedback on {role}"
    body = "Hi {contact},\n\nThanks for considering me for {role} at {company}.\n"


# --- insights -------------------------------------------------------------------------------


class ThemeMentionFactory(factory.django.DjangoModelFactory):
    """A mention read from a rejection reason (the source every rejection has)."""

    class Meta:
        model = "insights.ThemeMention"

    user = factory.SubFactory(UserFactory)
    source_rejection = factory.SubFactory(RejectionFactory, user=factory.SelfAttribute("..user"))
    rejection = factory.SelfAttribute("source_rejection")
    application = factory.LazyAttribute(lambda o: o.source_rejection.application)
    source_kind = "rejection_reason"
    theme = "communication"
    polarity = "weakness"
    evidence = "answers were hard to follow"
    origin = "auto"


class ImprovementActionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "insights.ImprovementAction"

    user = factory.SubFactory(UserFactory)
    theme = "communication"
    title = "Three mock interviews"
    kind = "practice"
    status = "planned"


# Nudges ------------------------------------------------------------------------------


class NotificationSettingsFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "nudges.NotificationSettings"
        django_get_or_create = ["user"]

    user = factory.SubFactory(UserFactory)


class NudgeFactory(factory.django.DjangoModelFactory):
    """A pending thank-you nudge about an interview of the same user, due in an hour."""

    class Meta:
        model = "nudges.Nudge"

    user = factory.SubFactory(UserFactory)
    kind = "thank_you"
    about = factory.SubFactory(InterviewFactory, user=factory.SelfAttribute("..user"))
    due_at = factory.LazyFunction(lambda: timezone.now() + dt.timedelta(hours=1))
