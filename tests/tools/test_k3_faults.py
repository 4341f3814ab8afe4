"""Property: whatever faults K/3 shows, retrying a write with its key never makes a second bill."""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from datetime import date

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dingk3.errors import K3Error
from tools.k3 import K3Client, K3Config

FAULTS = st.sampled_from(["none", "fail", "fail2", "timeout_after_commit", "drop_sessions", "latency"])
_FAULT_BODY = {
    "none": {},
    "fail": {"fail_next": 1},
    "fail2": {"fail_next": 2},
    "timeout_after_commit": {"timeout_after_commit_next": 1, "hang_s": 0.6},
    "drop_sessions": {"drop_sessions": True},
    "latency": {"latency_ms": 50},
}
_CLEAR = {"latency_ms": 0, "fail_next": 0, "timeout_after_commit_next": 0}


def _config(url: str, auth: str) -> K3Config:
    return K3Config(
        base_url=url, auth=auth, acct_id="demo", username="demo", password="demo",  # type: ignore[arg-type]
        app_id="300123_AAECAwQFBgcICQoLDA0ODxAREhMUFRYX", app_secret="0123456789abcdef0123456789abcdef",  # type: ignore[arg-type]
        timeout_s=0.3, retry_wait_s=0.01, settle_s=0.4, read_retries=3,
    )  # fmt: skip


async def _run(url: str, auth: str, schedule: list[str], op: str) -> None:
    key = uuid.uuid4().hex
    async with httpx.AsyncClient() as admin, K3Client(_config(url, auth)) as k3:
        before = await k3.get_order("MO20261138") if op == "report" else None
        for fault in schedule:  # the caller (the agent) retries with the same key after any K/3 error
            await admin.post(url + "_admin/faults", json=_CLEAR | _FAULT_BODY[fault])
            with contextlib.suppress(K3Error):
                await _write(k3, op, key)
        await admin.post(url + "_admin/faults", json=_CLEAR)
        await _write(k3, op, key)  # with K/3 healthy again the write completes
        if op == "create":
            bills = await k3.query("PRD_MO", ["FBillNo", "FDocumentStatus"], f"FDescription like '%{key}%'")
            assert len(bills) == 1 and bills[0]["FDocumentStatus"] == "C"
        else:
            reports = await k3.query("PRD_MORPT", ["FBillNo"], f"FDescription like '%{key}%'")
            after = await k3.get_order("MO20261138")
            assert len(reports) == 1
            assert after.good_qty - before.good_qty == 1  # type: ignore[union-attr]
            drafts = await k3.query(
                "PRD_MORPT", ["FID", "FDescription"], "FMoBillNo = 'MO20261138' and FDocumentStatus = 'A'"
            )
            assert not drafts, f"orphan report drafts left behind: {drafts}"


async def _write(k3: K3Client, op: str, key: str) -> None:
    if op == "create":
        await k3.create_production_order(
            material="01.01.0002", qty=1, workshop="WS02", plan_finish=date(2026, 12, 30), idempotency_key=key
        )
    else:
        await k3.report_output("MO20261138", good_qty=1, scrap_qty=0, idempotency_key=key)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    schedule=st.lists(FAULTS, min_size=1, max_size=3),
    op=st.sampled_from(["create", "report"]),
    auth=st.sampled_from(["signature", "password"]),
)
def test_no_fault_schedule_duplicates_a_bill(k3_url: str, schedule: list[str], op: str, auth: str) -> None:
    asyncio.run(_run(k3_url, auth, schedule, op))
