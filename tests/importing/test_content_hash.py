"""The content hash is blind to whitespace noise, and stays what it was when stored."""

import hashlib
import re
import sys

from articles.services import content_hash_for


def hash_as_first_stored(text: str) -> str:
    """The hash as articles were first stored with it (a regular expression)."""
    return hashlib.sha256(re.sub(r"\s+", " ", text).strip().encode("utf-8")).hexdigest()


def test_every_kind_of_whitespace_is_noise_as_it_was():
    spaces = [chr(c) for c in range(sys.maxunicode + 1) if re.fullmatch(r"\s", chr(c))]
    text = "".join(f"{space}word{n}{space}{space}" for n, space in enumerate(spaces))
    assert content_hash_for(text) == hash_as_first_stored(text)
    assert content_hash_for("\ufeffTitle\r\n\r\nBody  text.\u00a0") == hash_as_first_stored(
        "\ufeffTitle\r\n\r\nBody  text.\u00a0"
    )


def test_line_ends_and_runs_of_spaces_do_not_change_the_hash():
    assert content_hash_for("A title\n\nThe body,\tsaid.\n") == content_hash_for(
        "A title\r\n\r\nThe  body, said."
    )
