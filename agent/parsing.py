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
from agent.nlu.expecting import MODEL_CONFIDENCE, Expecting, ModelTurn
from agent.nlu.llm import LlmError, LlmUsage, OpenAICompatibleParser
from agent.nlu.models import ParsedCommand
from agent.nlu.vocabulary import Vocabulary, vocabulary_source
from dingk3.calendar_file import load_calendar
from dingk3.config import Settings
from dingk3.errors import ParseTimeout

__all__ = ["HybridParser", "LlmParser", "RulesParser", "combine", "make_parser"]

log = logging.getLogger("dingk3.nlu")

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
    """The deterministic backend: offline, no key. It reads in the words of its workshop catalogue (`vocabulary`,
    else the catalogue's own names and numbers)."""

    name = "rules"

    def __init__(
        self,
        materials: Any,
        workshops: Any,
        *,
        timeout_s: float = 20.0,
        vocabulary: Callable[[], Vocabulary | None] | None = None,
    ) -> None:
        self.materials = materials
        self.workshops = workshops
        self.timeout_s = timeout_s
        self.usage = LlmUsage()
        self._vocabulary = vocabulary or vocabulary_source(workshops, None)  # its catalogue's words, no calendar

    def vocabulary(self) -> Vocabulary | None:
        """The plant's words as the catalogue holds them now (a sync is seen on the next message)."""
        return self._vocabulary()

    async def __call__(
        self, text: str, *, now: datetime, user_workshop: str | None, expecting: Expecting | None = None
    ) -> ParsedCommand:
        """The message read on its own (`expecting`: read in context by `agent.nlu.interpret`, not here)."""
        return await _bounded(lambda: self.parse_sync(text, now=now, user_workshop=user_workshop), self.timeout_s)

    def parse_sync(self, text: str, *, now: datetime, user_workshop: str | None) -> ParsedCommand:
        return understand(
            text,
            now=now,
            user_workshop=user_workshop,
            materials=self.materials,
            workshops=self.workshops,
            vocabulary=self.vocabulary(),
        )


class LlmParser:
    """The model extracts spans; on timeout or a bad answer the rules backend answers instead (logged).

    A message the conversation waits on (`expecting`) is read by the rules in context first, as for `hybrid`: a
    yes, a cancel, an answer and a correction are decided by code; `agent.nlu.interpret` consults the model
    (`consult`, with what the bot waits for in the prompt and the schema) only where the rules end unclear."""

    name = "llm"

    def __init__(self, llm: OpenAICompatibleParser, rules: RulesParser) -> None:
        self.llm = llm
        self.rules = rules
        self.usage = llm.usage

    async def __call__(
        self, text: str, *, now: datetime, user_workshop: str | None, expecting: Expecting | None = None
    ) -> ParsedCommand:
        if expecting is not None:
            parsed = await self.rules(text, now=now, user_workshop=user_workshop)
            return parsed.model_copy(update={"backend": "llm:rules-in-context"})
        try:
            raw = await self.llm.parse(text, now=now)
        except LlmError as exc:
            log.warning("LLM backend failed (%s); fell back to rules", exc)
            parsed = await self.rules(text, now=now, user_workshop=user_workshop)
            return parsed.model_copy(update={"backend": "rules(llm-fallback)"})
        return (await self._resolved(raw, user_workshop)).model_copy(update={"backend": "llm"})

    async def consult(
        self, text: str, expecting: Expecting, *, now: datetime, user_workshop: str | None
    ) -> ModelTurn | None:
        """The model's proposal for a reply to what the bot waits for, its names resolved; None when it failed."""
        try:
            turn = await self.llm.turn(text, now=now, expecting=expecting)
        except LlmError as exc:
            log.warning("LLM backend failed on a reply (%s); the rules' reading stands", exc)
            return None
        reading = (await self._resolved(turn.reading, user_workshop)).model_copy(update={"backend": "llm"})
        return turn.model_copy(update={"reading": reading})

    async def _resolved(self, raw: ParsedCommand, user_workshop: str | None) -> ParsedCommand:
        return await _bounded(
            lambda: resolve_parsed(
                raw, user_workshop=user_workshop, materials=self.rules.materials, workshops=self.rules.workshops
            ),
            self.rules.timeout_s,
        )


class HybridParser:
    """Rules first; the model reads only what the rules could not (intent unknown), and its reading is taken only
    when it names something the message holds. A message the rules read, however unsure, keeps the rules' reading:
    what they could not find is asked back, never filled by the model (a figure they left on purpose, 多做三百 or
    下个月中旬, is a question, not a value)."""

    name = "hybrid"

    def __init__(self, llm: LlmParser, rules: RulesParser) -> None:
        self.llm = llm
        self.rules = rules
        self.usage = llm.usage

    async def __call__(
        self, text: str, *, now: datetime, user_workshop: str | None, expecting: Expecting | None = None
    ) -> ParsedCommand:
        """Without `expecting`, as above. With it, the rules' reading only: the rules read the turn in context
        first (`agent.nlu.interpret`), which consults the model only where they end unclear."""
        self.usage.messages += 1
        parsed = await self.rules(text, now=now, user_workshop=user_workshop)
        if parsed.intent != "unknown" or expecting is not None:
            return parsed.model_copy(update={"backend": "hybrid:rules"})
        answer = await self.llm(text, now=now, user_workshop=user_workshop)
        if answer.backend != "llm":  # the LLM failed; keep the rules answer
            return parsed.model_copy(update={"backend": "hybrid:rules(llm-fallback)"})
        return combine(parsed, answer)

    async def consult(
        self, text: str, expecting: Expecting, *, now: datetime, user_workshop: str | None
    ) -> ModelTurn | None:
        """The model's proposal for a reply the rules could not read in context (see `LlmParser.consult`)."""
        return await self.llm.consult(text, expecting, now=now, user_workshop=user_workshop)


_NAMES = ("order_no", "material", "workshop")  # what a request can be about, each only from the message itself


def combine(rules: ParsedCommand, model: ParsedCommand) -> ParsedCommand:
    """The model's answer where the rules found nothing, never against them: a message the rules read keeps the
    rules' reading whole. One they could not read (unknown) takes the model's reading only when it is a request
    about something the message names: an order number it holds, an item or a workshop the catalogues find in
    words it wrote (canonicalise keeps only values the text holds). Chatter read as a request, a yes or a help
    the model imagines, stay unknown."""
    if rules.intent != "unknown":
        verdict = "model-agreed" if model.intent == rules.intent else "model-disagreed"
        return rules.model_copy(update={"backend": f"hybrid:rules({verdict})"})
    if model.intent in _GUESS_ONLY or not any(slot in model.args for slot in _NAMES):
        return rules.model_copy(update={"backend": "hybrid:rules(model-ungrounded)"})
    confidence = min(model.confidence, MODEL_CONFIDENCE)
    return model.model_copy(update={"confidence": confidence, "backend": "hybrid:llm"})


_GUESS_ONLY = frozenset({"unknown", "confirm", "cancel", "help"})  # nothing in the text can ground these


def make_parser(settings: Settings, materials: Any, workshops: Any, *, http_client: Any = None) -> Any:
    """The backend named by settings (`nlu_backend`): rules unless an LLM is configured. The rules read in the
    plant's vocabulary: the workshop catalogue's names and numbers (kept in step by its sync) and the calendar."""
    vocabulary = vocabulary_source(workshops, load_calendar(settings.plant_file))
    rules = RulesParser(materials, workshops, timeout_s=settings.parse_timeout_s, vocabulary=vocabulary)
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
