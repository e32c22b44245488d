from django.contrib import admin

from feedback.models import Feedback, FeedbackRequest, MessageTemplate, Reflection


@admin.register(FeedbackRequest)
class FeedbackRequestAdmin(admin.ModelAdmin):
    list_display = ["recipient_name", "rejection", "status", "sent_at", "followed_up_at", "user"]
    list_filter = ["status", "tone", "situation"]
    search_fields = ["recipient_name", "recipient_email", "subject"]
    raw_id_fields = ["user", "rejection", "contact"]
    date_hierarchy = "created_at"


@admin.register(Feedback)
class FeedbackAdmin(admin.ModelAdmin):
    list_display = ["rejection", "from_name", "received_on", "user"]
    search_fields = ["text", "from_name"]
    raw_id_fields = ["user", "rejection", "request"]
    date_hierarchy = "received_on"


@admin.register(Reflection)
class ReflectionAdmin(admin.ModelAdmin):
    list_display = ["application", "interview", "created_at", "user"]
    search_fields = ["text"]
    raw_id_fields = ["user", "application", "interview", "rejection"]


@admin.register(MessageTemplate)
class MessageTemplateAdmin(admin.ModelAdmin):
    list_display = ["name", "situation", "tone", "is_default", "user"]
    raw_id_fields = ["user"]
