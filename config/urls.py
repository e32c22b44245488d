from django.contrib import admin
from django.urls import include, path

from config import views as site_views

urlpatterns = [
    path("healthz", site_views.healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("accounts/", include("applications.account_urls")),
    path("feedback/", include("feedback.urls")),
    path("nudges/", include("feedback.nudges.urls")),
    path("insights/", include("insights.urls")),
    path("data/", include("applications.transfer.urls")),
    path("", include("applications.urls")),
]
