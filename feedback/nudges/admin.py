from django.contrib import admin

from feedback.nudges.models import NotificationSettings, Nudge


@admin.register(Nudge)
class NudgeAdmin(admin.ModelAdmin):
    list_display = ["id", "user", "kind", "status", "due_at", "attempts", "sent_at"]
    list_filter = ["status", "kind"]
    search_fields = ["user__username", "user__email", "message_id"]
    readonly_fields = ["message_id", "claimed_at", "enqueued_at", "sent_at", "acted_at"]
    raw_id_fields = ["user"]
    date_hierarchy = "due_at"


@admin.register(NotificationSettings)
class NotificationSettingsAdmin(admin.ModelAdmin):
    list_display = ["user", "send_hour", "summary_weekday", "paused_until", "unsubscribed"]
    raw_id_fields = ["user"]
