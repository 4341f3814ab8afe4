"""The seeded K/3 database and material index that every flow and dialogue test copies, built once per process."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from typing import Any

import pytest

from evals.flows import open_templates


@pytest.fixture(scope="session")
async def eval_templates() -> AsyncIterator[Any]:
    """Built from the demo data as `python -m evals` builds them (no DINGK3_* setting of the shell leaks in); each
    flow or dialogue then runs on fresh copies under its own test's state."""
    from dingk3.config import get_settings

    with pytest.MonkeyPatch.context() as env:
        for key in [k for k in os.environ if k.startswith("DINGK3_")]:
            env.delenv(key)
        get_settings.cache_clear()
        async with open_templates() as tpl:
            get_settings.cache_clear()
            yield tpl
    get_settings.cache_clear()
