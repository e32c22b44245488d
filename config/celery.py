import gc
import os

from celery import Celery, signals

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

app = Celery("rebound")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@signals.worker_init.connect
def _load_before_forking(**kwargs):
    """The worker's main process loads what every send needs before it forks its pool, so
    the pool processes share it (see feedback.nudges.emails.warm_up)."""
    from feedback.nudges.emails import warm_up

    warm_up()


@signals.worker_process_init.connect
def _freeze_startup_objects(**kwargs):
    """What the process inherited (Django, the URLconf, the models, the templates) lives as
    long as it does. Set aside from the garbage collector, it is no longer walked on every
    full collection while a batch of nudges is sent (about a tenth of the CPU)."""
    gc.freeze()
