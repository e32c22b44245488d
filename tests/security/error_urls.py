"""A URLconf with views that fail in each way, beside the real site, for the error-page tests."""

from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import PermissionDenied, SuspiciousOperation
from django.urls import include, path


@login_not_required
def crash(request):
    raise RuntimeError("secret detail: the database password is hunter2")


@login_not_required
def forbidden(request):
    raise PermissionDenied("internal reason")


@login_not_required
def suspicious(request):
    raise SuspiciousOperation("internal reason")


urlpatterns = [
    path("test-errors/crash/", crash),
    path("test-errors/forbidden/", forbidden),
    path("test-errors/suspicious/", suspicious),
    path("", include("config.urls")),
]
