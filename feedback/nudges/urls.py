from django.urls import path

from feedback.nudges import views

urlpatterns = [
    path("", views.nudge_list, name="nudge_list"),
    path("settings/", views.notification_settings, name="notification_settings"),
    path("<int:nudge_id>/dismiss/", views.nudge_dismiss, name="nudge_dismiss"),
    path("<int:nudge_id>/retry/", views.nudge_retry, name="nudge_retry"),
    # Signed links from the emails; they work without logging in.
    path("link/done/<str:token>/", views.nudge_done, name="nudge_done"),
    path("link/snooze/<str:token>/", views.nudge_snooze, name="nudge_snooze"),
    path("link/stop/<str:token>/", views.nudge_stop, name="nudge_stop"),
]
