from django.urls import path

from applications.transfer import views

urlpatterns = [
    path("", views.transfer_home, name="transfer_home"),
    path("import/", views.import_upload, name="transfer_upload"),
    path("import/<int:job_id>/", views.import_job, name="transfer_job"),
    path("import/<int:job_id>/columns/", views.import_columns, name="transfer_columns"),
    path("import/<int:job_id>/preview/", views.import_preview, name="transfer_preview"),
    path("import/<int:job_id>/confirm/", views.import_confirm, name="transfer_confirm"),
    path("export/applications.csv", views.export_csv, name="transfer_export_csv"),
    path("export/rebound.json", views.export_json, name="transfer_export_json"),
    path("restore/", views.restore, name="transfer_restore"),
    path("calendar/new/", views.calendar_create, name="transfer_calendar_create"),
    path("calendar/revoke/", views.calendar_revoke, name="transfer_calendar_revoke"),
    path("calendar/<str:token>.ics", views.calendar_feed, name="transfer_calendar_feed"),
    path("interviews/<int:interview_id>.ics", views.interview_ics, name="transfer_interview_ics"),
    path("account/delete/", views.account_delete, name="transfer_account_delete"),
]
