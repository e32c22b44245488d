import pytest


@pytest.fixture(autouse=True)
def fast_passwords(settings):
    # Real hashing costs a second per user; these tests are about applications, not passwords.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
