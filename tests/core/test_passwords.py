"""The password module: the fixed hash verified against for unknown users."""

from __future__ import annotations

from argon2 import PasswordHasher

from casework import passwords


def test_the_fixed_dummy_hash_uses_the_hashers_current_parameters():
    # An unknown user name is verified against it: with other parameters it would take another time.
    # (The app's hasher is PasswordHasher() with argon2's defaults; the tests swap in a cheap one.)
    assert not PasswordHasher().check_needs_rehash(passwords._DUMMY_HASH)


def test_no_password_verifies_without_a_stored_hash():
    assert not passwords.verify_password(None, "casework-dummy-password")
    assert not passwords.verify_password(None, "anything at all")
