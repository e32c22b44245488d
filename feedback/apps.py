from django.apps import AppConfig


class FeedbackConfig(AppConfig):
    name = "feedback"

    def ready(self):
        # Adds the feedback loop's lines to every application timeline.
        from feedback import timeline  # noqa: F401
