"""Optional DingTalk OA approvals: with a process code configured, a risky proposal also becomes an OA approval
instance for the requester's supervisor, and its approve/refuse result closes the loop like a card click.

The result is always read back from DingTalk's API (processInstances get: status, result, the task of the
user who decided), never taken from an event body: a Stream EVENT (`bpms_instance_change`) only says when to
read; in HTTP mode the open instances are polled (DingTalk's HTTP event subscription is encrypted and needs
its own registration). Either way the result goes through `AgentService.handle_click` as the user who decided,
so the same checks apply (proposal still open, digest unchanged, that user supervises the requester) and a
second delivery of the same result is a no-op.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime
from typing import Any

from agent.replies import Outgoing
from agent.service import AgentService, Click
from dingk3.db import Database
from dingk3.errors import DingTalkError

__all__ = ["OaApprovals"]

log = logging.getLogger("dingk3.approvals")

_DDL = """
CREATE TABLE IF NOT EXISTS oa_instances (
    instance_id TEXT PRIMARY KEY,
    proposal_id TEXT NOT NULL,
    thread_id TEXT NOT NULL,
    digest TEXT NOT NULL,
    approver TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at TEXT NOT NULL
)
"""


class OaApprovals:
    def __init__(self, db: Database, client: Any, service: AgentService, *, process_code: str) -> None:
        self.db = db
        self.client = client
        self.service = service
        self.process_code = process_code
        db.script(_DDL)

    async def start(self, messages: list[Outgoing]) -> None:
        """For each approval request among `messages`, start an OA instance (once per proposal and digest)."""
        for m in messages:
            if m.kind != "approval" or m.card is None or not m.user_id:
                continue
            card = m.card
            known = await asyncio.to_thread(
                self.db.fetchone,
                "SELECT instance_id FROM oa_instances WHERE proposal_id = ? AND digest = ?",
                (card.proposal_id, card.digest),
            )
            if known:
                continue
            rec = self.service.ctx.proposals.get(card.proposal_id)
            if rec is None:
                continue
            try:
                dept = await self._dept(rec.requester)
                form = {"操作": card.markdown, "提案编号": card.proposal_id, "发起人": rec.requester}
                instance = await self.client.start_approval(
                    self.process_code, rec.requester, dept, form, approver_user_ids=[m.user_id]
                )
            except DingTalkError:
                log.exception("OA approval for proposal %s not started (the card still works)", card.proposal_id)
                continue
            await asyncio.to_thread(
                self.db.execute,
                "INSERT INTO oa_instances (instance_id, proposal_id, thread_id, digest, approver, status, created_at)"
                " VALUES (?, ?, ?, ?, ?, 'RUNNING', ?)",
                (instance, card.proposal_id, card.thread_id, card.digest, m.user_id, datetime.now(UTC).isoformat()),
            )

    async def _dept(self, user_id: str) -> int:
        try:
            user = await self.client.get_user(user_id)
            depts = user.get("dept_id_list") or [-1]
            return int(depts[0])
        except (DingTalkError, ValueError, TypeError):
            return -1

    async def on_event(self, instance_id: str, *, now: datetime) -> list[Outgoing]:
        """An event said the instance changed: read it back from DingTalk and act on what DingTalk's API says
        (status, result, who acted), never on the event's body, which proves nothing on its own."""
        row = await self._running(instance_id)
        if row is None:
            return []
        for delay in (0.0, 0.5, 2.0):  # DingTalk unreachable, or not yet showing the change: look again
            await asyncio.sleep(delay)
            try:
                info = await self.client.get_approval(instance_id)
            except DingTalkError:
                log.warning("could not read OA instance %s back", instance_id)
                continue
            if info.get("status") in ("COMPLETED", "TERMINATED"):
                return await self._settle(row, info, now=now)
        log.warning("OA instance %s: an event said it ended, DingTalk says it has not", instance_id)
        return []

    async def poll(self, *, now: datetime) -> list[Outgoing]:
        """HTTP mode: ask DingTalk about every open instance; returns the messages the results produced."""
        rows = await asyncio.to_thread(self.db.fetchall, "SELECT * FROM oa_instances WHERE status = 'RUNNING'")
        out: list[Outgoing] = []
        for row in rows:
            try:
                info = await self.client.get_approval(row["instance_id"])
            except DingTalkError:
                log.warning("could not read OA instance %s", row["instance_id"])
                continue
            out += await self._settle(row, info, now=now)
        return out

    async def _running(self, instance_id: str) -> dict[str, Any] | None:
        return await asyncio.to_thread(
            self.db.fetchone, "SELECT * FROM oa_instances WHERE instance_id = ? AND status = 'RUNNING'", (instance_id,)
        )

    async def _settle(self, row: dict[str, Any], info: dict[str, Any], *, now: datetime) -> list[Outgoing]:
        """A finished instance as DingTalk reports it → approve or reject, as the user who acted on it, through
        the agent's checks (proposal open, digest unchanged, that user supervises the requester)."""
        status, result = info.get("status"), info.get("result")
        rec = self.service.ctx.proposals.get(row["proposal_id"])
        if status not in ("COMPLETED", "TERMINATED") or rec is None:
            return []
        if info.get("originatorUserId") != rec.requester:
            log.warning("OA instance %s was started by %s, not by the requester", row["instance_id"], rec.requester)
            return []
        if status == "COMPLETED":
            verdict = "agree" if result == "agree" else "refuse"
            tasks = [
                t for t in info.get("tasks") or [] if t.get("status") == "COMPLETED" and t.get("result") == verdict
            ]
            if not tasks:
                log.warning("OA instance %s is %s/%s but no task says who decided", row["instance_id"], status, result)
                return []
            actioner = str(tasks[-1].get("userId") or "")
        else:  # withdrawn or ended in DingTalk: the proposal is not approved
            verdict, actioner = "refuse", row["approver"]
        claimed = await asyncio.to_thread(
            self.db.execute,
            "UPDATE oa_instances SET status = ? WHERE instance_id = ? AND status = 'RUNNING'",
            (verdict, row["instance_id"]),
        )
        if claimed != 1:  # an event and a poll (or two events) read the same result: act once
            return []
        click = Click(
            action="approve" if verdict == "agree" else "reject", user_id=actioner, thread_id=row["thread_id"],
            proposal_id=row["proposal_id"], digest=row["digest"], now=now.isoformat(),
            click_id=f"oa-{row['instance_id']}",
        )  # fmt: skip
        return (await self.service.handle_click(click)).messages
