"""Two workers writing output reports on the same K/3 order at the same moment (found by the load benchmark:
one bill for two confirmations, or "单据已经审核" for the second)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from agent.bootstrap import SerialReports
from dingk3.config import Settings
from dingk3.db import connect
from tools.k3 import K3Client

ORDER = "MO20261102"  # started, 800 left


async def _two_reports(k3_url: str, db_url: str | None, rounds: int = 4) -> list[tuple[str, float]]:
    settings = Settings(k3_url=k3_url)
    dbs = [connect(db_url) for _ in range(2)] if db_url else []
    out: list[tuple[str, float]] = []
    async with K3Client.from_settings(settings) as a, K3Client.from_settings(settings) as b:
        clients = [SerialReports(a, dbs[0]), SerialReports(b, dbs[1])] if dbs else [a, b]
        for r in range(rounds):
            results = await asyncio.gather(
                *(
                    c.report_output(ORDER, good_qty=k + 1, scrap_qty=0, idempotency_key=f"p{r}{k}-d{r}{k}")  # type: ignore[attr-defined]
                    for k, c in enumerate(clients)
                ),
                return_exceptions=True,
            )
            for res in results:
                assert not isinstance(res, BaseException), repr(res)
                out.append((res.bill_no, res.good_qty))
    for d in dbs:
        d.close()
    return out


async def test_two_workers_reporting_on_one_order_get_a_bill_each(k3_fresh_url: str, tmp_path: Path) -> None:
    reports = await _two_reports(k3_fresh_url, f"sqlite:///{tmp_path / 'leases.db'}")
    bills = [b for b, _ in reports]
    assert len(set(bills)) == len(bills) == 8, reports
    assert sorted(q for _, q in reports) == [1.0] * 4 + [2.0] * 4


@pytest.mark.xfail(strict=False, reason="a race: bare K3Client may adopt another writer's fresh draft")
async def test_the_bare_k3_client_mixes_up_concurrent_reports(k3_fresh_url: str) -> None:
    reports = await _two_reports(k3_fresh_url, None)
    assert len({b for b, _ in reports}) == 8
