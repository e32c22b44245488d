from django.apps import AppConfig


class TransferConfig(AppConfig):
    name = "applications.transfer"
    label = "transfer"
    verbose_name = "Import and export"
