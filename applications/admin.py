from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from applications.models import (
    Application,
    ApplicationEvent,
    Company,
    Contact,
    Interview,
    Rejection,
    User,
)


@admin.register(User)
class RegisteredUserAdmin(UserAdmin):
    fieldsets = (*UserAdmin.fieldsets, ("Rebound", {"fields": ("time_zone", "weekly_goal")}))
    list_display = ("username", "email", "first_name", "time_zone", "is_staff", "date_joined")


class OwnedAdmin(admin.ModelAdmin):
    list_select_related = ("user",)
    raw_id_fields = ("user",)


@admin.register(Company)
class CompanyAdmin(OwnedAdmin):
    list_display = ("name", "industry", "user")
    search_fields = ("name", "user__username")


class EventInline(admin.TabularInline):
    model = ApplicationEvent
    fields = ("from_status", "to_status", "occurred_at")
    extra = 0


@admin.register(Application)
class ApplicationAdmin(OwnedAdmin):
    list_display = ("role_title", "company", "status", "applied_on", "user")
    list_filter = ("status", "source", "work_mode")
    list_select_related = ("user", "company")
    search_fields = ("role_title", "company__name", "user__username")
    raw_id_fields = ("user", "company", "referral_contact")
    date_hierarchy = "applied_on"
    inlines = [EventInline]

    def save_formset(self, request, form, formset, change):
        for instance in formset.save(commit=False):
            instance.user = form.instance.user
            instance.save()
        for obj in formset.deleted_objects:
            obj.delete()


@admin.register(ApplicationEvent)
class ApplicationEventAdmin(OwnedAdmin):
    list_display = ("application", "from_status", "to_status", "occurred_at", "user")
    list_filter = ("to_status",)
    raw_id_fields = ("user", "application")


@admin.register(Contact)
class ContactAdmin(OwnedAdmin):
    list_display = ("name", "role", "company", "user")
    list_filter = ("role",)
    search_fields = ("name", "email", "user__username")
    raw_id_fields = ("user", "company", "applications")


@admin.register(Interview)
class InterviewAdmin(OwnedAdmin):
    list_display = ("application", "round", "starts_at", "rating", "user")
    list_filter = ("round",)
    raw_id_fields = ("user", "application", "interviewers")


@admin.register(Rejection)
class RejectionAdmin(OwnedAdmin):
    list_display = ("application", "rejected_on", "stage", "channel", "user")
    list_filter = ("stage", "channel")
    raw_id_fields = ("user", "application")
