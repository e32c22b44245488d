import icalendar
import pytest

from applications.transfer import demo
from applications.transfer.models import CalendarFeed
from tests.factories import InterviewFactory

pytestmark = pytest.mark.django_db


def test_it_gives_the_demo_a_working_calendar_address(user, client):
    InterviewFactory(user=user)
    demo.seed(user)
    demo.seed(user)  # re-seeding replaces, never adds

    feed = CalendarFeed.objects.get(user=user)
    body = client.get(f"/data/calendar/{feed.token}.ics").content
    assert len(icalendar.Calendar.from_ical(body).walk("VEVENT")) == 1
