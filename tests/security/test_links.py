"""Links people save can only be web addresses, so no saved link can run a script."""

import pytest
from django.core.exceptions import ValidationError
from django.db import models

from tests.security.walk import owned_models

SCRIPT_LINKS = ["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<script>1</script>"]


def url_fields():
    for model in owned_models():
        for field in model._meta.concrete_fields:
            if isinstance(field, models.URLField):
                yield pytest.param(field, id=f"{model._meta.label}.{field.name}")


@pytest.mark.parametrize("field", list(url_fields()))
@pytest.mark.parametrize("link", SCRIPT_LINKS)
def test_it_refuses_script_links(field, link):
    with pytest.raises(ValidationError):
        field.clean(link, None)


def test_it_accepts_an_ordinary_job_posting_link():
    field = next(iter(url_fields())).values[0]
    assert field.clean("https://jobs.example.com/123?ref=x", None)
