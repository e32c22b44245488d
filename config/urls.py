from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/", include("applications.account_urls")),
    path("feedback/", include("feedback.urls")),
    path("nudges/", include("feedback.nudges.urls")),
    path("insights/", include("insights.urls")),
    path("data/", include("applications.transfer.urls")),
    path("", include("applications.urls")),
]
