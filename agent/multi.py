"""Several requests in one message, and several cards waiting for one person.

A message of several lines, two or more of which are requests, is handled line by line: a question is answered,
each write gets its own proposal and card (its own thread), and a line that looks like a request but is not
understood is named in the reply; nothing is dropped without a word. While several cards wait for the same
person in one chat, a bare 确认 asks which; `全部确认` / `确认 2` / `取消 1` decide."""

from __future__ import annotations

import asyncio
import contextlib
import re
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from agent.clicks import Click
from agent.nlu.clauses import run_orders, said_without_pause, split_clauses, spread_orders, then_actions
from agent.nlu.interpret import OrderChoice, chatter, read_choices, read_order_choices, read_others
from agent.nlu.lexicon.clauses import LIST_MARK, RUN_ORDER
from agent.nlu.lexicon.orders import ORDER_NO
from agent.nlu.models import ParsedCommand
from agent.nlu.numbers import find_numbers
from agent.nlu.vocabulary import Vocabulary
from agent.nlu.work import Work
from agent.nlu.workshops import find_workshop
from agent.phrases import Lang, language_of, say
from agent.reading import people_names, plant_vocabulary, with_short_order
from agent.replies import Outgoing, reply_to
from agent.state import WRITE_INTENTS, Incoming

if TYPE_CHECKING:
    from agent.proposals import ProposalRecord
    from agent.service import AgentService

__all__ = ["choose_pending", "handle_several"]

MAX_LINES = 10  # more requests than this in one message are refused by line count, not silently cut
_READS = {"query_order", "query_inventory"}


async def _read_lines(service: AgentService, inc: Incoming, names: tuple[str, ...]) -> list[tuple[str, ParsedCommand]]:
    """The message's requests, each read once with an order said short written in full: its lines, and within a line
    each clause that names an order of its own and says something of it (1121下达 1115开工: two changes), when at
    least two of them read as requests; else the line whole (MO20261117和MO20261123都完工了: one request)."""
    read: list[tuple[str, ParsedCommand]] = []
    for line in _said_lines(inc.text):
        if len(read) > MAX_LINES:
            break
        parts = [(c, await _read(service, inc, c, order)) for c, order in _clauses(line, names)]
        unfound = any(p.intent in WRITE_INTENTS and "order_no" not in p.args for _, p in parts)
        if len(parts) > 1 and (sum(_is_request(p) for _, p in parts) < 2 or (unfound and said_without_pause(line))):
            # (不良三一一三八良品…: cut before 一一三八 only when that order is found; else the line is asked whole)
            parts = [(line, await _read(service, inc, line))]
        read += await _then_changes(service, inc, parts)
    return read


async def _then_changes(
    service: AgentService, inc: Incoming, parts: list[tuple[str, ParsedCommand]]
) -> list[tuple[str, ParsedCommand]]:
    """Each part, and after a report the state changes its words say after it (报完把单子完工, report … and finish
    it, 顺便把1105也完工), each its own request of the report's order or the one named, in the order said."""
    out: list[tuple[str, ParsedCommand]] = []
    for clause, parsed in parts:
        out.append((clause, parsed))
        if parsed.intent != "report_output" or not (own := parsed.args.get("order_no")):
            continue
        for order, act in then_actions(clause):
            said = f"{act} {order or own}" if act.isascii() else f"{order or own}{act}"
            out.append((said, await _read(service, inc, said, order or None)))
    return out


def _clauses(line: str, names: tuple[str, ...] = ()) -> list[tuple[str, str | None]]:
    """The line's requests: the thing said of a run of orders said of each (1115 1118开工), each cut in its clauses
    (把1101开工 1107也开了; by whose figures they are, among `names`), with the run's order it was said of; a clause
    said of all of them is taken once, last."""
    orders = run_orders(line)
    spread = zip(spread_orders(line), orders, strict=True) if orders else [(line, "")]
    said: dict[str, str | None] = {}
    for part, order in spread:
        for c in split_clauses(part, names):  # a clause said of all of them stands where it was said: after the run
            said.pop(c, None)
            said[c] = order if order and order in c else None
    return list(said.items())


def _said_lines(text: str) -> list[str]:
    """The message's lines, each without a list's item mark (1. / 2、/ ①)."""
    return [line for s in re.split(r"[\r\n]+", text) if (line := LIST_MARK.sub("", s).strip())]


async def _read(service: AgentService, inc: Incoming, line: str, order: str | None = None) -> ParsedCommand:
    """The line read once; `order`: the order of a run it was said of (start 1104 and 1122), found in any state by
    its tail and written in full, so each request names its own order and a closed one is refused by name."""
    ctx = service.ctx
    digits = "".join(c for c in order or "" if c.isdigit())
    if order and len(digits) <= 6:
        hits = await ctx.k3.list_orders(number_ends_with=digits, limit=2)
        line = line.replace(order, hits[0].bill_no, 1) if len(hits) == 1 else line
    workshop = ctx.directory.get(inc.user_id).workshop
    parsed = await ctx.parse(line, now=datetime.fromisoformat(inc.now), user_workshop=workshop)
    if "order_no" in parsed.args or parsed.intent == "create_order":
        return parsed
    return await with_short_order(ctx, inc.model_copy(update={"text": line}), parsed)


async def handle_several(service: AgentService, inc: Incoming) -> list[Outgoing] | None:
    """The replies to a message of several requests, or None when it holds fewer than two (the usual path)."""
    said = _said_lines(inc.text)
    names = people_names(service.ctx)  # whose figures a handover line gives (交接 张伟1103合格42 刘洋1109合格60)
    if len(said) < 2 and len(_clauses(inc.text.strip(), names)) < 2 and not then_actions(inc.text):
        return None  # one line, one request: the usual path
    read = await _read_lines(service, inc, names)
    lines, parsed = [line for line, _ in read], [p for _, p in read]
    if len(lines) < 2:
        return None
    now = datetime.fromisoformat(inc.now)
    vocabulary = plant_vocabulary(service.ctx)
    heads = {
        i for i, line in enumerate(lines[:-1]) if _is_header(line, vocabulary)
    }  # context for the lines below, no request
    requests = [
        (line, p) for i, (line, p) in enumerate(zip(lines, parsed, strict=False)) if i not in heads and _is_request(p)
    ]
    if len(requests) < 2:
        return None
    lang = language_of(inc.text) or "zh"
    if len(requests) > MAX_LINES:  # (more than 20 lines never get here: the service answers "too long")
        return [reply_to(inc, "refusal", say(lang, "too_many_requests", n=MAX_LINES), lang=lang)]
    skipped = [
        line
        for i, (line, p) in enumerate(zip(lines, parsed, strict=False))
        if i not in heads and not _is_request(p) and _names_work(line) and not line.endswith((":", "："))
    ]
    out: list[Outgoing] = []
    carded: list[int] = []  # the 【第 i 条】 that got a confirmation card
    for i, (line, p) in enumerate(requests, 1):
        sub = inc.model_copy(update={
            "text": line, "message_id": f"{inc.message_id}#{i}", "now": (now + timedelta(microseconds=i)).isoformat(),
        })  # fmt: skip
        if p.intent in WRITE_INTENTS:  # each write waits for its own confirmation, in its own thread
            thread = await asyncio.to_thread(service.threads.open_new, inc.conversation_id, inc.user_id)
        else:
            thread = service.threads.base(inc.conversation_id, inc.user_id) + ":reads"
        async with service.lease(thread):
            messages, _ = await service.run_message(thread, sub, reading=p, lang=lang)  # each line is read once
        label = say(lang, "line_label", i=i)
        out += [m.model_copy(update={"text": label + m.text, "in_reply_to": inc.message_id}) for m in messages]
        carded += [i] if any(m.card is not None and m.card.kind == "confirm" for m in messages) else []
    writes = len(carded)
    head = say(lang, "several_received", n=len(requests))
    head += say(lang, "several_cards", n=writes) if writes > 1 else (":" if lang == "en" else "：")
    out.insert(0, reply_to(inc, "notice", head, lang=lang))
    if skipped:
        listed = ("; " if lang == "en" else "；").join(f"“{line[:40]}”" for line in skipped)
        out.append(reply_to(inc, "notice", say(lang, "lines_not_understood", lines=listed), lang=lang))
    if writes > 1:
        out.append(reply_to(inc, "notice", say(lang, "confirm_each", i=carded[-1]), lang=lang))
    return out


def _names_work(line: str) -> bool:
    """A line that is not understood but must be named back: words of work, or an order of its own (1107也开了)."""
    return chatter(line) == "work" or RUN_ORDER.search(line.lower()) is not None


def _is_header(line: str, vocabulary: Vocabulary | None) -> bool:
    """A line ending in a colon that names no order and no figure (今天机加一报工：): it heads the lines below.
    A workshop's name or number in the plant's `vocabulary` (机加一, 二车间, WS01) is no figure."""
    if not line.endswith((":", "：")) or ORDER_NO.search(line):
        return False
    work = Work(line.lower())
    find_workshop(work, vocabulary)  # blanks every workshop it names
    return not find_numbers(work.text)


def _is_request(p: Any) -> bool:
    """A write that names something (an order, a figure, an item), or a confident question. A header line
    (今天机加一的报工：) names nothing and is no request of its own."""
    if p.intent in WRITE_INTENTS:
        return bool(p.canonical_args() or p.args.get("material_text"))
    return p.intent in _READS and p.confidence >= 0.8


async def choose_pending(service: AgentService, inc: Incoming, *, held: str = "") -> list[Outgoing] | None:
    """While several of this person's cards wait in this chat: 全部确认 / 确认 2 / 取消 1 / 第一个确认，第二个不要了
    decide, a bare 确认 asks which. None when fewer than two wait or the message is no such reply (the usual path)."""
    if (dropped := read_others(inc.text)) is not None:
        return await _all_but(service, inc, dropped, held)
    choices = read_choices(inc.text)
    named = read_order_choices(inc.text) if choices is None else None
    if named and all(c.action == "fix" and not c.order.isdigit() for c in named) and len(named) == 1:
        named = None  # MO20261124 良品20: a request (or a fix of its own card) the usual path reads whole
    if choices is None and not named:
        return None
    records = await asyncio.to_thread(service.ctx.proposals.open_in_conversation, inc.conversation_id)
    waiting = [r for r in records if r.requester == inc.user_id and r.status == "pending"]
    if choices is None:
        return await _by_order(service, inc, named or [], waiting, held)
    choice = choices[0]
    if choice.kind is not None:  # 报工的确认: every waiting card of that kind
        chosen = [r for r in waiting if r.intent == choice.kind]
        return await _decide(service, inc, chosen, choice.action, held) if chosen else None
    numbered = _numbered(waiting)
    if len(waiting) == 1 and len(choices) == 1 and (choice.which is None or choice.which in numbered):
        # the one card left of several: 确认 / 确认 2 / 全部确认 are all for it (确认 3 names another line: asked)
        current = await asyncio.to_thread(service.threads.current, inc.conversation_id, inc.user_id)
        if choice.bare and waiting[0].thread_id == current:
            return None  # the usual path: the card in the current thread
        return await _decide(service, inc, waiting, choice.action, held)
    if not waiting or (len(waiting) < 2 and len(choices) == 1 and choice.which is None):
        return None
    lang = language_of(inc.text) or waiting[-1].lang
    if choice.bare and len(choices) == 1 and _one_message(waiting):
        # 对，确认 right after one message of several requests: the yes is for the cards that message made
        return await _decide(service, inc, waiting, "confirm", held)
    if choice.bare:
        return [reply_to(inc, "question", _which(numbered, lang), lang=lang)]
    if any(c.which is not None and c.which not in numbered for c in choices):
        numbers = ("、" if lang == "zh" else ", ").join(str(i) for i in numbered)
        text = say(lang, "pick_card_number", numbers=numbers) + "\n" + _which(numbered, lang)
        return [reply_to(inc, "question", text, lang=lang)]
    out: list[Outgoing] = []
    for n, c in enumerate(choices):  # 第一个确认，第二个不要了: each card as its clause says, in the order said
        chosen = waiting if c.which is None else [numbered[c.which]]
        out += await _decide(service, inc, chosen, c.action, held, first=n * len(waiting) + 1)
    return out


async def _all_but(service: AgentService, inc: Incoming, dropped: list[str], held: str) -> list[Outgoing] | None:
    """1112那个不报了 其他的确认: the waiting cards of the orders named are cancelled, every other one confirmed (an
    order named with no card waiting, refused before, needs nothing). None when no other card waits."""
    records = await asyncio.to_thread(service.ctx.proposals.open_in_conversation, inc.conversation_id)
    waiting = [r for r in records if r.requester == inc.user_id and r.status == "pending"]
    named = [r for r in waiting if r.order_no and any(r.order_no.endswith(o.removeprefix("MO")) for o in dropped)]
    others = [r for r in waiting if r not in named]
    if not others:
        return None
    out = await _decide(service, inc, named, "cancel", held)
    return out + await _decide(service, inc, others, "confirm", held, first=len(named) + 1)


def _numbered(waiting: list[ProposalRecord]) -> dict[int, ProposalRecord]:
    """The waiting cards by the number a reply names them by: the 【第 N 条】 each was shown under when one message of
    several requests made them all (确认 2 is the card under 【第 2 条】, whatever came before it), else 1, 2, … in the
    order they were made (as the "which one?" question lists them)."""
    lines = [r.line for r in waiting]
    if _one_message(waiting) and all(lines) and len(set(lines)) == len(lines):
        return {int(r.line): r for r in waiting if r.line}
    return dict(enumerate(waiting, 1))


async def _by_order(
    service: AgentService, inc: Incoming, named: list[OrderChoice], waiting: list[ProposalRecord], held: str
) -> list[Outgoing] | None:
    """A reply naming waiting cards by their order (1124的确认; 1107确认，1128不要了; 1128的交期写错了，是12月11号):
    each named card is confirmed, cancelled or corrected as its part says; an order named to be dropped with no
    card waiting (refused before) needs nothing. None when the reply names no card, names one that is not
    waiting for a decision the usual path can take, or one whose number fits two cards."""
    if not named or not waiting:
        return None
    decided: list[tuple[OrderChoice, ProposalRecord]] = []
    for c in named:
        cards = [r for r in waiting if r.order_no and r.order_no.endswith(c.order)]
        if (len(cards) > 1 and c.action == "fix") or (not cards and c.action != "cancel"):
            return None  # (a yes or no names every card of its order: 1123的确认 after 报完完工 is both)
        decided += [(c, card) for card in cards]
    short = any(c.order.isdigit() for c, _ in decided)
    if not decided or (len(waiting) == 1 and not short and all(c.action == "fix" for c, _ in decided)):
        return None  # MO20261124 数量改成500 with its one card: the usual path reads it whole
    out: list[Outgoing] = []
    for i, (c, rec) in enumerate(decided, 1):
        if c.action != "fix":
            out += await _decide(service, inc, [rec], c.action, held, first=i)
            continue
        sub = inc.model_copy(update={"text": c.rest, "message_id": f"{inc.message_id}#{i}"})
        async with service.lease(rec.thread_id) if rec.thread_id != held else contextlib.nullcontext():
            messages, _ = await service.run_message(rec.thread_id, sub, lang=rec.lang)
        out += [m.model_copy(update={"in_reply_to": inc.message_id}) for m in messages]
    return out


def _one_message(waiting: list[ProposalRecord]) -> bool:
    """Whether the waiting cards were all made by one message of several requests (its lines are proposed at the
    message's own time, microseconds apart), as against cards of messages sent one after another."""
    times = [datetime.fromisoformat(r.created_at) for r in waiting]
    return bool(times) and max(times) - min(times) < timedelta(seconds=1)


def _which(numbered: dict[int, ProposalRecord], lang: Lang) -> str:
    lines = "\n".join(f"{i}. {r.summary.splitlines()[0] if r.summary else r.intent}" for i, r in numbered.items())
    first, *rest = numbered
    return say(lang, "which_card", n=len(numbered), lines=lines, i=first, j=rest[0] if rest else first)


async def _decide(
    service: AgentService, inc: Incoming, chosen: list[ProposalRecord], action: str, held: str = "", first: int = 1
) -> list[Outgoing]:
    out: list[Outgoing] = []
    for i, rec in enumerate(chosen, first):  # one click id per card decided by this message
        click = Click(
            action=action, user_id=inc.user_id, thread_id=rec.thread_id,  # type: ignore[arg-type]
            proposal_id=rec.id, digest=rec.digest, now=inc.now, click_id=f"{inc.message_id}#{i}", text=inc.text,
        )  # fmt: skip
        out += [
            m.model_copy(update={"in_reply_to": inc.message_id})
            for m in (await service.handle_click(click, held=held)).messages
        ]
    return out
