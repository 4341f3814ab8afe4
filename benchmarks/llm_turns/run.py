"""Rules vs hybrid on dialogue files with a model that answers garbage and contradictions (issue 13 §1, §9).

    .venv/bin/python -m benchmarks.llm_turns --dialogues evals/dialogues/own.jsonl [--json OUT]

Serves an OpenAI-compatible chat-completions endpoint whose every answer is wrong on purpose, in turn: a yes, a
cancel, the message's figures in the wrong slots, figures and orders it never wrote, a pick of a listed item the
message does not name, a new write over the waiting card, HTTP 500, malformed arguments. Runs each dialogue with the
rules backend and with hybrid pointed at it, and prints end-state success and wrong writes for both, the dialogues
whose outcome differs, and how many messages reached the model (with and without what the bot waits for). Hybrid
must never be worse. Not a test: a measurement of this machine's run.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
from collections import Counter
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, PlainTextResponse

from evals.dialogues import load_dialogues, run_dialogues
from sim.server import ServerThread

_BLANK = {
    "intent": "unknown", "order_no": None, "material_text": None, "quantity": None, "good_qty": None,
    "scrap_qty": None, "due_text": None, "workshop_text": None, "status": None, "action": None,
}  # fmt: skip
_MARKERS = ("【用户消息】\n", "[User message]\n")
_TURN_MODES = ("confirm", "cancel", "swapped", "made_up", "pick", "new_write", "http_500", "malformed")
_FRESH_MODES = ("swapped", "made_up", "confirm", "new_write", "http_500")


class Adversary:
    """A chat-completions server whose answers contradict the message; counts what it was asked."""

    def __init__(self) -> None:
        self.asked: Counter[str] = Counter()
        self.app = FastAPI()
        self.app.post("/v1/chat/completions")(self._complete)

    async def _complete(self, request: Request) -> Any:
        body = await request.json()
        schema = body["tools"][0]["function"]["parameters"]["properties"]
        turn = "reply" in schema
        text = str(body["messages"][-1]["content"])
        for marker in _MARKERS:
            text = text.split(marker, 1)[-1]
        modes = _TURN_MODES if turn else _FRESH_MODES
        n = sum(self.asked.values())
        mode = modes[n % len(modes)]
        self.asked[f"{'turn' if turn else 'fresh'}:{mode}"] += 1
        if mode == "http_500":
            return PlainTextResponse("upstream error", status_code=500)
        args = "{not json" if mode == "malformed" else json.dumps(_answer(mode, text, turn), ensure_ascii=False)
        message = {
            "role": "assistant",
            "content": "",
            "tool_calls": [{"id": "c1", "type": "function", "function": {"name": "parse_command", "arguments": args}}],
        }
        return JSONResponse({
            "id": f"adv-{n}", "object": "chat.completion", "created": 0, "model": "adversary",
            "choices": [{"index": 0, "message": message, "finish_reason": "tool_calls"}],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
        })  # fmt: skip


def _answer(mode: str, text: str, turn: bool) -> dict[str, Any]:
    """The wrong answer of `mode` for the message `text`."""
    figures = re.findall(r"\d+", re.sub(r"(?i)(?:MO|P)\d{6,}", " ", text))
    orders = re.findall(r"(?i)(?:MO|P)\d{6,14}", text)
    first = figures[0] if figures else "480"
    words = [w for w in re.split(r"[\s,，。:：]+", text) if len(w) >= 2]
    call: dict[str, Any] = dict(_BLANK)
    if mode == "confirm":
        call |= {"intent": "confirm", "reply": "confirm"}
    elif mode == "cancel":
        call |= {"intent": "cancel", "reply": "cancel"}
    elif mode == "swapped":  # each figure in the slot the words do not name
        call |= {
            "intent": "report_output",
            "reply": "correction",
            "good_qty": figures[-1] if figures else None,
            "scrap_qty": first if figures else None,
            "quantity": first,
            "order_no": orders[0] if orders else None,
        }
    elif mode == "made_up":
        call |= {
            "intent": "change_order",
            "reply": "answer",
            "order_no": "MO20261101",
            "quantity": "480",
            "good_qty": str(int(first) * 10 + 7),
            "due_text": "下周五",
            "workshop_text": "热处理车间",
        }
    elif mode == "pick":
        call |= {"intent": "unknown", "reply": "pick", "pick": 1 + len(text) % 3}
    elif mode == "new_write":
        call |= {
            "intent": "create_order",
            "reply": "new_request",
            "material_text": words[0] if words else text,
            "quantity": first,
            "order_no": orders[-1] if orders else None,
        }
    if not turn:
        call = {k: v for k, v in call.items() if k in _BLANK}
    return call


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.llm_turns", description=__doc__.split("\n")[0])
    p.add_argument("--dialogues", type=Path, required=True, help="A JSONL dialogue file or a folder of them.")
    p.add_argument("--json", dest="json_out", type=Path, default=None, help="Write both summaries here.")
    args = p.parse_args(argv)
    dialogues = load_dialogues(args.dialogues)
    adversary = Adversary()
    with ServerThread(adversary.app) as server:
        os.environ["DINGK3_LLM_BASE_URL"] = server.url + "/v1"
        from dingk3.config import get_settings

        get_settings.cache_clear()
        rules = asyncio.run(run_dialogues(dialogues, backend="rules"))
        hybrid = asyncio.run(run_dialogues(dialogues, backend="hybrid"))
    messages = sum(1 for d in dialogues for t in d.turns if t.text)
    differ = [
        {"id": r["id"], "rules": r["ok"], "hybrid": h["ok"], "hybrid_wrong_writes": h["wrong_writes"]}
        for r, h in zip(rules["results"], hybrid["results"], strict=True)
        if r["ok"] != h["ok"] or r["wrong_writes"] != h["wrong_writes"]
    ]
    asked = dict(sorted(adversary.asked.items()))
    turns = sum(v for k, v in asked.items() if k.startswith("turn:"))
    report = {
        "dialogues": len(dialogues), "messages": messages,
        "rules": {k: rules[k] for k in ("passed", "success", "wrong_writes")},
        "hybrid": {k: hybrid[k] for k in ("passed", "success", "wrong_writes")},
        "differ": differ, "sent_to_model": sum(asked.values()), "sent_with_expecting": turns, "answers": asked,
    }  # fmt: skip
    if args.json_out:
        args.json_out.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{'backend':8}{'passed':>8}{'success':>9}{'wrong writes':>14}")
    for name in ("rules", "hybrid"):
        s = report[name]
        print(f"{name:8}{s['passed']:>8}{s['success']:>9.3f}{s['wrong_writes']:>14}")
    share = report["sent_to_model"] / max(messages, 1)
    print(f"messages {messages}, sent to the model {report['sent_to_model']} ({share:.1%}), "
          f"of which with what the bot waits for {turns}")  # fmt: skip
    for d in differ:
        print(f"  differs: {d}")
    worse = hybrid["passed"] < rules["passed"] or hybrid["wrong_writes"] > rules["wrong_writes"]
    return 1 if worse or differ else 0
