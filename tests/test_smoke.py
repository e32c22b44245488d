from tests.factories import ApplicationFactory


def test_it_keeps_the_first_status_as_an_event(db):
    app = ApplicationFactory()
    assert [e.to_status for e in app.events.all()] == ["applied"]
