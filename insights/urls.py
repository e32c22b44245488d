from django.urls import path

from insights import views

urlpatterns = [
    path("", views.dashboard, name="insights_dashboard"),
    path("goal/", views.goal_update, name="insights_goal_update"),
    path("actions/new/", views.action_create, name="insights_action_create"),
    path("actions/<int:action_id>/edit/", views.action_edit, name="insights_action_edit"),
    path("actions/<int:action_id>/delete/", views.action_delete, name="insights_action_delete"),
    path(
        "mentions/<int:mention_id>/confirm/",
        views.mention_confirm,
        name="insights_mention_confirm",
    ),
    path("mentions/<int:mention_id>/remove/", views.mention_remove, name="insights_mention_remove"),
    path(
        "rejections/<int:rejection_id>/themes/",
        views.rejection_mention_add,
        name="insights_rejection_mention_add",
    ),
    path(
        "feedback/<int:feedback_id>/themes/",
        views.feedback_mention_add,
        name="insights_feedback_mention_add",
    ),
    path(
        "reflections/<int:reflection_id>/themes/",
        views.reflection_mention_add,
        name="insights_reflection_mention_add",
    ),
    path(
        "interviews/<int:interview_id>/themes/",
        views.interview_mention_add,
        name="insights_interview_mention_add",
    ),
]
