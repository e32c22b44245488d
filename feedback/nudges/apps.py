from django.apps import AppConfig


class NudgesConfig(AppConfig):
    name = "feedback.nudges"
    label = "nudges"
    verbose_name = "Nudges"
