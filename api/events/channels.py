"""How one outbox message reaches DingTalk: OpenAPI group or 1:1 send, or a custom group robot webhook."""

from __future__ import annotations

import os
from collections.abc import Mapping

from agent.events.routing import Robot
from api.events.outbox import OutboxRow, Undeliverable, msg_uuid
from tools.dingtalk import DingTalkClient
from tools.dingtalk.errors import DingTalkThrottled

__all__ = ["DingTalkSender"]

_FLOW_CONTROL_WAIT_S = 60.0


class DingTalkSender:
    """`Sender` over the DingTalk client; use a client with retries=0, since the outbox does the retrying."""

    def __init__(self, client: DingTalkClient, robots: Mapping[str, Robot]) -> None:
        self.client = client
        self.robots = dict(robots)

    async def send(self, row: OutboxRow) -> str:
        if row.channel == "group":
            return await self.client.send_group(row.address, row.title, row.markdown)
        if row.channel == "user":
            out = await self.client.send_users([row.address], row.title, row.markdown)
            if row.address in out["invalidStaffIdList"]:
                raise Undeliverable(f"DingTalk does not know user {row.address}")
            if row.address in out["flowControlledStaffIdList"]:
                raise DingTalkThrottled("user is flow-controlled", retry_after_s=_FLOW_CONTROL_WAIT_S, op="batchSend")
            return ",".join(out["processQueryKeys"])
        robot = self.robots.get(row.address)
        if robot is None:
            raise Undeliverable(f"no custom robot named {row.address!r} in the routing file")
        url = robot.webhook if robot.webhook.startswith("http") else self.client.oapi_base + robot.webhook
        secret = robot.secret or os.environ.get(robot.secret_env, "")
        key = msg_uuid(row.msg_key)
        await self.client.send_custom_robot(url, secret, row.markdown, title=row.title, msg_uuid=key)
        return key
