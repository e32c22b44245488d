"""Helpers for walking every page as a user who has something in every area."""

import inspect

import factory
from django.apps import apps
from django.db import models

from applications.models import Owned
from tests import factories as f
from tests.isolation import OBJECT_MAKERS
from tests.test_isolation import ROUTES, _url

# Machine-made identifiers the app parses or matches; nobody types these.
MACHINE_FIELDS = {
    "transfer.CalendarFeed.token",
    "transfer.ImportJob.file_sha256",
    "nudges.Nudge.occasion",
    "insights.ThemeMention.classifier_version",
}


def owned_factories():
    for _name, cls in inspect.getmembers(f, inspect.isclass):
        if issubclass(cls, factory.django.DjangoModelFactory) and cls._meta.model is not None:
            model = cls._meta.get_model_class()
            if issubclass(model, Owned):
                yield model, cls


def stocked_user():
    """A user with at least one row of every model, and the URL of every page they can open."""
    user = f.UserFactory()
    for maker in OBJECT_MAKERS.values():
        maker(user)
    for model, model_factory in owned_factories():
        if not model.objects.filter(user=user).exists():
            model_factory(user=user)
    urls = sorted({_url(route, user) for route in ROUTES if not route.public})
    return user, urls


def public_urls(user):
    return sorted({_url(route, user) for route in ROUTES if route.public})


def text_fields(model):
    for field in model._meta.concrete_fields:
        label = f"{model._meta.label}.{field.name}"
        if not isinstance(field, models.CharField | models.TextField) or field.choices:
            continue
        if label in MACHINE_FIELDS or (field.max_length or 1000) < 60:
            continue
        yield field, label


def owned_models():
    return [m for m in apps.get_models() if issubclass(m, Owned)]
