"""Lookups that only ever find the signed-in user's own rows, and the htmx render rule."""

from django.shortcuts import get_object_or_404, render
from django.utils.cache import patch_vary_headers
from django.utils.http import url_has_allowed_host_and_scheme

from applications.models import Application, Company, Contact, Interview


def get_application(request, application_id, queryset=None):
    queryset = queryset if queryset is not None else Application.objects.select_related("company")
    return get_object_or_404(queryset.for_user(request.user), pk=application_id)


def get_interview(request, interview_id):
    return get_object_or_404(
        Interview.objects.for_user(request.user).select_related("application__company"),
        pk=interview_id,
    )


def get_contact(request, contact_id):
    return get_object_or_404(
        Contact.objects.for_user(request.user).select_related("company"), pk=contact_id
    )


def get_company(request, company_id):
    return get_object_or_404(Company.objects.for_user(request.user), pk=company_id)


def render_page(request, template, context, partial, status=200):
    """The whole page for a normal request, just the named partial for htmx.

    When htmx restores a pushed URL missing from its history cache it asks for the whole
    page, so that request gets the whole page too.
    """
    partial_only = request.htmx and not request.htmx.history_restore_request
    name = f"{template}#{partial}" if partial_only else template
    response = render(request, name, context, status=status)
    # The same URL answers a page or a fragment: caches must keep them apart.
    patch_vary_headers(response, ["HX-Request"])
    return response


def safe_next(request, default):
    """Where to go back to after a POST: the page the user came from, if it's ours."""
    target = request.POST.get("next") or request.GET.get("next")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return default
