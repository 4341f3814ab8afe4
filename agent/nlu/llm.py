"""The LLM understanding backend: an OpenAI-compatible model fills a strict tool schema with raw spans;
deterministic code then canonicalises them (numbers, dates, order numbers) exactly as for the rules parser."""

from __future__ import annotations

import json
import logging
import re
from datetime import datetime
from typing import Any, Literal, cast

from pydantic import BaseModel, ConfigDict, ValidationError

import prompts
from agent.nlu.dates import DateSpan, find_dates, local_today, parse_date
from agent.nlu.expecting import Expecting, ModelTurn, Reply
from agent.nlu.extract import prepare
from agent.nlu.models import ParsedCommand
from agent.nlu.numbers import find_numbers, parse_number
from agent.nlu.rules import clarify_for
from agent.phrases import Lang, language_of
from agent.phrases.names import intent_name, slot_names
from tools.text import normalize

__all__ = [
    "LlmCommand",
    "LlmError",
    "LlmTurnCommand",
    "LlmUsage",
    "OpenAICompatibleParser",
    "canonicalise",
    "expecting_note",
    "tool_schema",
]

log = logging.getLogger("dingk3.nlu")

_ORDER_NO = re.compile(r"^(?:MO|P)\d{6,14}$")
_WEEKDAYS = "一二三四五六日"
_TOOL = "parse_command"
# An answer fills ten short fields (about 80 tokens): a model that runs on inside a string is cut off here and
# refused as outside the schema, instead of generating until the timeout.
_MAX_TOKENS = 200


class LlmError(Exception):
    """The model call failed or answered outside the schema."""


class LlmCommand(BaseModel):
    """What the model may fill: raw spans as written, never final values. Every field is required (strict)."""

    model_config = ConfigDict(extra="forbid")

    intent: Literal[
        "create_order", "change_order", "query_order", "report_output", "query_inventory",
        "confirm", "cancel", "help", "unknown",
    ]  # fmt: skip
    order_no: str | None
    material_text: str | None
    quantity: str | None
    good_qty: str | None
    scrap_qty: str | None
    due_text: str | None
    workshop_text: str | None
    status: Literal["created", "released", "started", "finished", "closed"] | None
    action: Literal["release", "start", "finish", "close", "pause", "resume"] | None


class LlmTurnCommand(LlmCommand):
    """`LlmCommand` for a message the conversation waits on: also what the reply is to what the bot waits for, and
    the number of the listed candidate it picks. A model that leaves them out still answers within the schema."""

    reply: Reply | None = None
    pick: int | None = None


def tool_schema(lang: Lang | None = None) -> dict[str, Any]:
    """The OpenAI tool definition, generated from `LlmCommand` (strict: all required, no extras); with the
    conversation's `lang`, from `LlmTurnCommand`, its `reply` and `pick` described in that language."""
    schema = (LlmCommand if lang is None else LlmTurnCommand).model_json_schema()
    schema.pop("title", None)
    for prop in schema["properties"].values():
        prop.pop("title", None)
        prop.pop("default", None)
    if lang is not None:
        words = prompts.table("expecting.json")[lang]
        schema["properties"]["reply"]["description"] = words["reply_field"]
        schema["properties"]["pick"]["description"] = words["pick_field"]
        schema["required"] = list(schema["properties"])
    return {
        "type": "function",
        "function": {
            "name": _TOOL,
            "description": prompts.load("parse_command.md").strip(),
            "parameters": schema,
            "strict": True,
        },
    }


def _qty(span: str | None, figures: list[float]) -> int | float | None:
    """The figure of a span the model copied, only if the message holds that figure: a number it made up (480
    for 数量300) is dropped, whatever its span says."""
    if span is None:
        return None
    value = parse_number(normalize(str(span)))
    if value is None or value != value or value in (float("inf"), float("-inf")):  # NaN or infinite
        return None
    return value if any(abs(f - float(value)) < 1e-9 for f in figures) else None


_ORDER_SPAN = re.compile(r"(?:MO|P)\d{6,14}", re.IGNORECASE)


def _figures(said: str, dates: list[DateSpan]) -> list[float]:
    """The figures written in `said` (the message as the rules read it: digits, Chinese numerals, 1.5k, 1万2, ...),
    outside its order numbers and dates: the 20261107 of MO20261107 and the 20 of 12月20日 are no quantity."""
    blanked = list(said)
    spans = [(m.start(), m.end()) for m in _ORDER_SPAN.finditer(said)] + [(d.start, d.end) for d in dates]
    for start, end in spans:
        blanked[start:end] = " " * (end - start)
    return [float(n.value) for n in find_numbers("".join(blanked))]


def canonicalise(cmd: LlmCommand, *, now: datetime, text: str) -> ParsedCommand:
    """Model spans → canonical args with the same normalisers as the rules parser; anything invalid is dropped."""
    args: dict[str, str | float | int] = {}
    said = normalize(text)
    if cmd.order_no and _ORDER_NO.match(normalize(cmd.order_no).upper()):
        order = normalize(cmd.order_no).upper()
        if re.sub(r"\D", "", order) in re.sub(r"\D", "", said):  # only an order number the message holds
            args["order_no"] = order
    dates = find_dates(said, local_today(now))
    written = prepare(text)  # the figures as the rules read them (a full-width comma separates clauses: 嘛，3)
    figures = _figures(written, find_dates(written, local_today(now)))
    for slot in ("quantity", "good_qty", "scrap_qty"):
        if (value := _qty(getattr(cmd, slot), figures)) is not None:
            args[slot] = value
    due = parse_date(normalize(cmd.due_text), now) if cmd.due_text and normalize(cmd.due_text) in said else None
    if due is not None and due in {d.value for d in dates}:  # the date the message itself names, read in place
        args["due_date"] = due.isoformat()
    if cmd.material_text and normalize(cmd.material_text) in said:
        args["material_text"] = cmd.material_text.strip()  # only phrases the user really wrote
    if cmd.workshop_text and normalize(cmd.workshop_text) in said:
        args["workshop_text"] = cmd.workshop_text.strip()
    if cmd.status:
        args["status"] = cmd.status
    if cmd.action:
        args["action"] = cmd.action
    return ParsedCommand(
        intent=cmd.intent, args=args, clarify=clarify_for(cmd.intent, args), confidence=0.9, backend="llm"
    )


def expecting_note(expecting: Expecting, text: str) -> str:
    """The user turn sent with what the bot waits for, in the message's language: the pending request and its
    fields, the slots asked for, the numbered candidates, or the card awaiting confirmation; then the message."""
    lang: Lang = language_of(text) or "zh"
    words = prompts.table("expecting.json")[lang]
    lines = [words["head"]]
    if (pending := expecting.pending) is not None:
        fields = ", ".join(f"{k}={v}" for k, v in pending.canonical_args().items()) or "-"
        lines.append(words["pending"].format(intent=intent_name(pending.intent, lang), fields=fields))
    if expecting.kind == "slots" and expecting.missing:
        asked = ", ".join(f"{slot_names([m], lang)} ({m})" for m in expecting.missing)
        lines.append(words["slots"].format(missing=asked))
    if expecting.choices:
        listed = "\n".join(f"{i}. {c}" for i, c in enumerate(expecting.choices, 1))
        lines.append(words["choices"].format(choices=listed))
    if expecting.kind == "confirmation":
        lines.append(words["confirmation"])
    lines += [words["replies"], words["message"].format(text=text)]
    return "\n".join(lines)


class LlmUsage(BaseModel):
    messages: int = 0  # messages the backend read (hybrid: the model is asked only for some)
    calls: int = 0
    failures: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0


class OpenAICompatibleParser:
    """One chat-completions call with a forced tool call; raises LlmError on any failure."""

    def __init__(self, *, base_url: str, api_key: str, model: str, timeout_s: float, http_client: Any = None) -> None:
        from openai import AsyncOpenAI

        self._client = AsyncOpenAI(
            base_url=base_url,
            api_key=api_key or "not-needed",
            timeout=timeout_s,
            max_retries=0,
            http_client=http_client,
        )
        self.model = model
        self.usage = LlmUsage()

    def _messages(self, text: str, now: datetime, expecting: Expecting | None = None) -> list[dict[str, Any]]:
        weekday = "周" + _WEEKDAYS[now.weekday()]
        system = prompts.load("system.md", now=now.isoformat(timespec="minutes"), weekday=weekday)
        messages: list[dict[str, Any]] = [{"role": "system", "content": system}]
        for i, ex in enumerate(prompts.examples()):
            call_id = f"ex{i}"
            arguments = json.dumps(ex["call"], ensure_ascii=False)
            messages += [
                {"role": "user", "content": ex["text"]},
                {
                    "role": "assistant",
                    # The call's arguments as text too: a server that renders only text (llama.cpp's chat templates
                    # drop tool calls) still shows the example, and null content is refused there (HTTP 500).
                    "content": arguments,
                    "tool_calls": [
                        {"id": call_id, "type": "function", "function": {"name": _TOOL, "arguments": arguments}}
                    ],
                },
                {"role": "tool", "tool_call_id": call_id, "content": "ok"},
            ]
        messages.append({"role": "user", "content": text if expecting is None else expecting_note(expecting, text)})
        return messages

    async def parse(self, text: str, *, now: datetime, expecting: Expecting | None = None) -> ParsedCommand:
        """The message's reading; with `expecting`, read as a reply to what the bot waits for."""
        return (await self.turn(text, now=now, expecting=expecting)).reading

    async def turn(self, text: str, *, now: datetime, expecting: Expecting | None = None) -> ModelTurn:
        """The model's proposal for the message (with `expecting`: also what the reply is and what it picks), every
        value canonicalised and grounded in the message. Without `expecting` the request is as it always was."""
        self.usage.calls += 1
        lang = None if expecting is None else language_of(text) or "zh"
        try:
            resp = await self._client.chat.completions.create(
                model=self.model,
                messages=cast(Any, self._messages(text, now, expecting)),
                tools=cast(Any, [tool_schema(lang)]),
                tool_choice=cast(Any, {"type": "function", "function": {"name": _TOOL}}),
                temperature=0,
                max_tokens=_MAX_TOKENS,
            )
        except Exception as exc:  # the openai client raises many types; all mean "no usable answer"
            self.usage.failures += 1
            raise LlmError(f"LLM call failed: {type(exc).__name__}") from exc
        if resp.usage:
            self.usage.prompt_tokens += resp.usage.prompt_tokens or 0
            self.usage.completion_tokens += resp.usage.completion_tokens or 0
        try:
            calls: Any = resp.choices[0].message.tool_calls
            shape = LlmCommand if expecting is None else LlmTurnCommand
            cmd = shape.model_validate(json.loads(calls[0].function.arguments))
        except (IndexError, TypeError, AttributeError, ValueError, ValidationError) as exc:
            self.usage.failures += 1
            raise LlmError(f"LLM answered outside the schema: {type(exc).__name__}") from exc
        reading = canonicalise(cmd, now=now, text=text)
        if isinstance(cmd, LlmTurnCommand):
            return ModelTurn(reply=cmd.reply, pick=cmd.pick, reading=reading)
        return ModelTurn(reading=reading)
