"""A local OpenAI-compatible chat-completions server with scripted answers: the only faked outside service."""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, PlainTextResponse

BLANK = {
    "intent": "unknown", "order_no": None, "material_text": None, "quantity": None, "good_qty": None,
    "scrap_qty": None, "due_text": None, "workshop_text": None, "status": None, "action": None,
}  # fmt: skip


def tool_call(**fields: Any) -> dict[str, Any]:
    """A scripted answer: the model calls parse_command with these fields (the rest null)."""
    return {"tool_args": json.dumps(BLANK | fields, ensure_ascii=False)}


class LlmStub:
    """`stub.script.append(answer)`; each answer: {"tool_args": str} | {"content": str} | {"sleep": s} |
    {"status": code}. With an empty script it answers `unknown`."""

    def __init__(self) -> None:
        self.script: list[dict[str, Any]] = []
        self.requests: list[dict[str, Any]] = []
        self.app = FastAPI()
        self.app.post("/v1/chat/completions")(self._complete)

    async def _complete(self, request: Request) -> Any:
        body = await request.json()
        self.requests.append(body)
        answer = self.script.pop(0) if self.script else tool_call()
        if "sleep" in answer:
            await asyncio.sleep(answer["sleep"])
            answer = tool_call()
        if "status" in answer:
            return PlainTextResponse("upstream error", status_code=answer["status"])
        message: dict[str, Any] = {"role": "assistant", "content": answer.get("content")}
        if "tool_args" in answer:
            message["tool_calls"] = [
                {
                    "id": "call_1",
                    "type": "function",
                    "function": {"name": "parse_command", "arguments": answer["tool_args"]},
                }
            ]
        return JSONResponse(
            {
                "id": f"chatcmpl-{len(self.requests)}",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": body.get("model", "stub"),
                "choices": [
                    {
                        "index": 0,
                        "message": message,
                        "finish_reason": "tool_calls" if "tool_calls" in message else "stop",
                    }
                ],
                "usage": {"prompt_tokens": 321, "completion_tokens": 42, "total_tokens": 363},
            }
        )
