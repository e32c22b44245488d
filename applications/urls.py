from django.urls import path

from applications.views import (
    application_detail,
    application_list,
    board,
    contacts,
    home,
    interviews,
    rejections,
)

urlpatterns = [
    path("", home.home, name="home"),
    path("applications/", application_list.application_list, name="application_list"),
    path("applications/new/", application_detail.application_create, name="application_create"),
    path(
        "applications/quick-add/",
        application_list.application_quick_add,
        name="application_quick_add",
    ),
    path("applications/board/", board.board, name="board"),
    path(
        "applications/<int:application_id>/",
        application_detail.application_detail,
        name="application_detail",
    ),
    path(
        "applications/<int:application_id>/edit/",
        application_detail.application_edit,
        name="application_edit",
    ),
    path(
        "applications/<int:application_id>/move/", board.application_move, name="application_move"
    ),
    path(
        "applications/<int:application_id>/withdraw/",
        application_detail.application_withdraw,
        name="application_withdraw",
    ),
    path(
        "applications/<int:application_id>/delete/",
        application_detail.application_delete,
        name="application_delete",
    ),
    path(
        "applications/<int:application_id>/rejection/",
        rejections.rejection_log,
        name="rejection_log",
    ),
    path(
        "applications/<int:application_id>/interviews/new/",
        interviews.interview_create,
        name="interview_create",
    ),
    path(
        "applications/<int:application_id>/contacts/new/",
        contacts.contact_create,
        name="application_contact_create",
    ),
    path(
        "applications/<int:application_id>/contacts/link/",
        contacts.contact_link,
        name="contact_link",
    ),
    path(
        "applications/<int:application_id>/contacts/<int:contact_id>/unlink/",
        contacts.contact_unlink,
        name="contact_unlink",
    ),
    path("interviews/<int:interview_id>/edit/", interviews.interview_edit, name="interview_edit"),
    path(
        "interviews/<int:interview_id>/thank-you/",
        interviews.interview_thank_you,
        name="interview_thank_you",
    ),
    path(
        "interviews/<int:interview_id>/delete/",
        interviews.interview_delete,
        name="interview_delete",
    ),
    path("contacts/", contacts.contact_list, name="contact_list"),
    path("contacts/new/", contacts.contact_create, name="contact_create"),
    path("contacts/<int:contact_id>/edit/", contacts.contact_edit, name="contact_edit"),
    path(
        "companies/suggestions/",
        application_list.company_suggestions,
        name="company_suggestions",
    ),
    path("companies/<int:company_id>/", contacts.company_detail, name="company_detail"),
    path("companies/<int:company_id>/edit/", contacts.company_edit, name="company_edit"),
    path(
        "companies/<int:company_id>/contacts/new/",
        contacts.contact_create,
        name="company_contact_create",
    ),
]
