"""Accounts: Django's auth views with Rebound's templates, plus sign-up and the profile."""

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy

from applications import account_views
from applications.account_forms import LoginForm

RESET_EMAIL = "emails/password_reset/"

urlpatterns = [
    path("signup/", account_views.signup, name="signup"),
    path(
        "login/",
        auth_views.LoginView.as_view(
            template_name="registration/login.html",
            authentication_form=LoginForm,
            redirect_authenticated_user=True,
        ),
        name="login",
    ),
    # Django's LogoutView answers POST only, so a link or a prefetch can't log anyone out.
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "password/",
        auth_views.PasswordChangeView.as_view(
            template_name="registration/password_change_form.html",
            success_url=reverse_lazy("password_change_done"),
        ),
        name="password_change",
    ),
    path(
        "password/done/",
        auth_views.PasswordChangeDoneView.as_view(
            template_name="registration/password_change_done.html"
        ),
        name="password_change_done",
    ),
    path(
        "password/reset/",
        auth_views.PasswordResetView.as_view(
            template_name="registration/password_reset_form.html",
            subject_template_name=RESET_EMAIL + "subject.txt",
            email_template_name=RESET_EMAIL + "body.txt",
            html_email_template_name=RESET_EMAIL + "body.html",
            success_url=reverse_lazy("password_reset_done"),
            extra_email_context={"valid_days": max(1, settings.PASSWORD_RESET_TIMEOUT // 86400)},
        ),
        name="password_reset",
    ),
    path(
        "password/reset/sent/",
        auth_views.PasswordResetDoneView.as_view(
            template_name="registration/password_reset_done.html"
        ),
        name="password_reset_done",
    ),
    path(
        "password/reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(
            template_name="registration/password_reset_confirm.html",
            success_url=reverse_lazy("password_reset_complete"),
        ),
        name="password_reset_confirm",
    ),
    path(
        "password/reset/complete/",
        auth_views.PasswordResetCompleteView.as_view(
            template_name="registration/password_reset_complete.html"
        ),
        name="password_reset_complete",
    ),
    path("profile/", account_views.profile, name="profile"),
]
