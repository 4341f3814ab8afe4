"""The understanding backend chosen by settings (rules, llm, hybrid); every backend's output is resolved
against the material index and checked by the same code, and says which backend decided."""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import logging
import threading
from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

from agent.nlu import resolve_parsed, understand
from agent.nlu.llm import LlmError, LlmUsage, OpenAICompatibleParser
from agent.nlu.models import ParsedCommand
from agent.state import WRITE_INTENTS
from dingk3.config import Settings
from dingk3.errors import ParseTimeout

__all__ = ["HybridParser", "LlmParser", "RulesParser", "combine", "make_parser"]

log = logging.getLogger("dingk3.nlu")

# Rules answers at or above this confidence are final in hybrid mode; below it the LLM is asked.
HYBRID_THRESHOLD = 0.8
_T = TypeVar("_T")


async def _bounded(fn: Callable[[], _T], timeout_s: float) -> _T:
    """`fn()` on a daemon thread of its own, awaited at most `timeout_s` (then `ParseTimeout`).

    Not `asyncio.to_thread`: the default executor's threads are joined at shutdown, so one runaway parse would hold
    SIGTERM for as long as it runs. A daemon thread that outlives its timeout is abandoned, and dies with the process.
    """
    loop = asyncio.get_running_loop()
    done: asyncio.Future[_T] = loop.create_future()
    ctx = contextvars.copy_context()

    def settle(result: Any, exc: BaseException | None) -> None:
        if done.done():
            return  # timed out already: nobody waits for this answer
        if exc is not None:
            done.set_exception(exc)
        else:
            done.set_result(result)

    def run() -> None:
        try:
            result, exc = ctx.run(fn), None
        except BaseException as error:  # handed to the awaiting task, raised there
            result, exc = None, error
        with contextlib.suppress(RuntimeError):  # the loop closed while this ran (shutdown)
            loop.call_soon_threadsafe(settle, result, exc)

    threading.Thread(target=run, name="dingk3-parse", daemon=True).start()
    try:
        return await asyncio.wait_for(done, timeout_s)
    except TimeoutError:
        raise ParseTimeout(f"understanding took over {timeout_s:g} s") from None


class RulesParser:
    """The deterministic backend: offline, no key."""

    name = "rules"

    def __init__(self, materials: Any, workshops: Any, *, timeout_s: float = 20.0) -> None:
        self.materials = materials
        self.workshops = workshops
        self.timeout_s = timeout_s
        self.usage = LlmUsage()

    async def __call__(self, text: str, *, now: datetime, user_workshop: str | None) -> ParsedCommand:
        return await _bounded(lambda: self.parse_sync(text, now=now, user_workshop=user_workshop), self.timeout_s)

    def parse_sync(self, text: str, *, now: datetime, user_workshop: str | None) -> ParsedCommand:
        return understand(
            text, now=now, user_workshop=user_workshop, materials=self.materials, workshops=self.workshops
        )


class LlmParser:
    """The model extracts spans; on timeout or a bad answer the rules backend answers instead (logged)."""

    name = "llm"

    def __init__(self, llm: OpenAICompatibleParser, rules: RulesParser) -> None:
        self.llm = llm
        self.rules = rules
        self.usage = llm.usage

    async def __call__(self, text: str, *, now: datetime, user_workshop: str | None) -> ParsedCommand:
        try:
            raw = await self.llm.parse(text, now=now)
        except LlmError as exc:
            log.warning("LLM backend failed (%s); fell back to rules", exc)
            parsed = await self.rules(text, now=now, user_workshop=user_workshop)
            return parsed.model_copy(update={"backend": "rules(llm-fallback)"})
        resolved = await _bounded(
            lambda: resolve_parsed(
                raw, user_workshop=user_workshop, materials=self.rules.materials, workshops=self.rules.workshops
            ),
            self.rules.timeout_s,
        )
        return resolved.model_copy(update={"backend": "llm"})


class HybridParser:
    """Rules first; the LLM only when the rules are not confident."""

    name = "hybrid"

    def __init__(self, llm: LlmParser, rules: RulesParser, threshold: float = HYBRID_THRESHOLD) -> None:
        self.llm = llm
        self.rules = rules
        self.threshold = threshold
        self.usage = llm.usage

    async def __call__(self, text: str, *, now: datetime, user_workshop: str | None) -> ParsedCommand:
        self.usage.messages += 1
        parsed = await self.rules(text, now=now, user_workshop=user_workshop)
        if parsed.intent != "unknown" and parsed.confidence >= self.threshold:
            return parsed.model_copy(update={"backend": "hybrid:rules"})
        answer = await self.llm(text, now=now, user_workshop=user_workshop)
        if answer.backend != "llm":  # the LLM failed; keep the rules answer
            return parsed.model_copy(update={"backend": "hybrid:rules(llm-fallback)"})
        return combine(parsed, answer)


def combine(rules: ParsedCommand, model: ParsedCommand) -> ParsedCommand:
    """The model's answer where the rules found nothing, never against them: a different intent than the rules
    read keeps the rules' reading; a slot the rules found in the text keeps the rules' value; a write the model
    reads into a message the rules could not read must name something the message holds (an order, an item, a
    figure: canonicalise keeps only values the text holds), else it stays unknown."""
    if rules.intent != "unknown" and model.intent != rules.intent:
        return rules.model_copy(update={"backend": "hybrid:rules(model-disagreed)"})
    named = model.canonical_args() or model.args.get("material_text") or model.args.get("workshop_text")
    if rules.intent == "unknown" and model.intent in WRITE_INTENTS and not named:
        return rules.model_copy(update={"backend": "hybrid:rules(model-ungrounded)"})
    args = {**model.args, **rules.args}
    if "scrap_included" in rules.clarify:  # 做了30个，坏了2个: whether the 30 include the 2 is asked, not guessed
        args.pop("good_qty", None)
    clarify = [c for c in dict.fromkeys([*rules.clarify, *model.clarify]) if c not in args]
    if rules.intent == "unknown":
        clarify = [c for c in model.clarify if c not in args]
    return model.model_copy(update={"args": args, "clarify": clarify, "backend": "hybrid:llm"})


def make_parser(settings: Settings, materials: Any, workshops: Any, *, http_client: Any = None) -> Any:
    """The backend named by settings (`nlu_backend`): rules unless an LLM is configured."""
    rules = RulesParser(materials, workshops, timeout_s=settings.parse_timeout_s)
    backend = settings.nlu_backend
    if backend == "rules" or not settings.llm_base_url:
        if backend != "rules":
            log.warning("DINGK3_LLM_BACKEND=%s but no DINGK3_LLM_BASE_URL: using rules", backend)
        return rules
    llm = LlmParser(
        OpenAICompatibleParser(
            base_url=settings.llm_base_url,
            api_key=settings.llm_api_key.get_secret_value(),
            model=settings.llm_model,
            timeout_s=settings.llm_timeout_s,
            http_client=http_client,
        ),
        rules,
    )
    return llm if backend == "llm" else HybridParser(llm, rules)
