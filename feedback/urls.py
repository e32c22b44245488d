from django.urls import path

from feedback.views import reflect, requests, templates

urlpatterns = [
    path("", requests.feedback_list, name="feedback_list"),
    path("ask/<int:rejection_id>/", requests.feedback_request_new, name="feedback_request_new"),
    path(
        "ask/<int:rejection_id>/skip/",
        requests.feedback_request_skip,
        name="feedback_request_skip",
    ),
    path(
        "requests/<int:request_id>/",
        requests.feedback_request_detail,
        name="feedback_request_detail",
    ),
    path(
        "requests/<int:request_id>/sent/",
        requests.feedback_request_sent,
        name="feedback_request_sent",
    ),
    path(
        "requests/<int:request_id>/follow-up/",
        requests.feedback_request_follow_up,
        name="feedback_request_follow_up",
    ),
    path(
        "requests/<int:request_id>/reply/",
        requests.feedback_request_reply,
        name="feedback_request_reply",
    ),
    path(
        "requests/<int:request_id>/declined/",
        requests.feedback_request_declined,
        name="feedback_request_declined",
    ),
    path(
        "requests/<int:request_id>/no-reply/",
        requests.feedback_request_no_reply,
        name="feedback_request_no_reply",
    ),
    path(
        "requests/<int:request_id>/dismiss/",
        requests.feedback_request_dismiss,
        name="feedback_request_dismiss",
    ),
    path("rejections/<int:rejection_id>/", reflect.rejection_reflect, name="feedback_rejection"),
    path("rejections/<int:rejection_id>/feedback/", reflect.feedback_add, name="feedback_add"),
    path("received/<int:feedback_id>/edit/", reflect.feedback_edit, name="feedback_edit"),
    path("received/<int:feedback_id>/delete/", reflect.feedback_delete, name="feedback_delete"),
    path(
        "applications/<int:application_id>/notes/",
        reflect.reflection_add,
        name="reflection_add",
    ),
    path("notes/<int:reflection_id>/edit/", reflect.reflection_edit, name="reflection_edit"),
    path("notes/<int:reflection_id>/delete/", reflect.reflection_delete, name="reflection_delete"),
    path("templates/", templates.template_list, name="feedback_templates"),
    path("templates/new/", templates.template_new, name="feedback_template_new"),
    path(
        "templates/<int:template_id>/edit/",
        templates.template_edit,
        name="feedback_template_edit",
    ),
    path(
        "templates/<int:template_id>/delete/",
        templates.template_delete,
        name="feedback_template_delete",
    ),
]
