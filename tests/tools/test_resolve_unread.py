"""A figure said aloud that no rule read is a stated fact the resolver did not understand: it asks."""

import pytest

from tools.resolve.unread import EXAMPLES, unread_figures


@pytest.mark.parametrize(("cleaned", "unread"), EXAMPLES, ids=[c for c, _ in EXAMPLES])
def test_unread_figures(cleaned: str, unread: list[str]) -> None:
    assert unread_figures(cleaned) == unread
