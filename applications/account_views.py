"""Sign-up and the profile. Login, logout and passwords use Django's own views (see
account_urls.py); only their templates are ours."""

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_not_required
from django.shortcuts import redirect, render
from django.views.decorators.debug import sensitive_post_parameters

from applications.account_forms import ProfileForm, SignupForm

BACKEND = "applications.backends.EmailOrUsernameBackend"


@login_not_required
@sensitive_post_parameters("password1", "password2")
def signup(request):
    if request.user.is_authenticated:
        return redirect("home")
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        login(request, user, backend=BACKEND)
        messages.success(request, "Welcome to Rebound! Start by adding an application you've sent.")
        return redirect("home")
    return render(request, "accounts/signup.html", {"form": form})


def profile(request):
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Your profile is saved.")
        return redirect("profile")
    return render(request, "accounts/profile.html", {"form": form})
