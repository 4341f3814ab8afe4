"""Dialogue evals (issue 13 §7, the τ-bench idea): drive whole conversations through the real agent against the
K/3 emulator and judge the K/3 end state, not the wording.

A dialogue is one JSONL line (format in evals/dialogues/README.md): turns of (user, chat, text or click) and
`expect.writes`, every K/3 write the conversation must end with. After the last turn the runner compares the
emulator's bills with the state before the first: a listed write that is missing is a failure; a write that is
not listed, or differs from the listed one in any given field, is a **wrong write** (what the user did not mean).

Each dialogue gets fresh state (its own SQLite database, its own copy of the seeded K/3 database served in-process,
its own material index). The plant clock is fixed: the dialogue starts on Friday 2026-12-04 at 10:00 in
Asia/Shanghai (K/3 seeded on that day) and each turn comes a minute after the one before.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
import uuid
from collections.abc import Iterable
from contextlib import AsyncExitStack
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from evals.flows import K3_SEEDED_AT, _k3_clock, _safe, _snapshot, _Templates, _templates
from evals.jsonl import load_records

__all__ = ["Dialogue", "judge", "load_dialogues", "main", "net_changes", "render_dialogues", "run_dialogues"]

_CLICKS = {"confirm", "cancel", "approve", "reject"}
_CHATS = {"group", "dm"}
_KINDS = {"create": {"material", "qty", "due", "workshop"}, "change": {"order", "qty", "due", "workshop", "status"},
          "report": {"order", "good", "scrap"}}  # fmt: skip
_GROUP = "cidEvalPlantGroup"
# PRD_MO's FStatus, as a dialogue names the state a change leaves an order in
_STATUS = {1: "created", 2: "confirmed", 3: "released", 4: "started", 5: "finished", 6: "closed"}


@dataclass(frozen=True)
class DTurn:
    user: str
    chat: str
    text: str | None = None
    click: str | None = None
    if_pending: bool = False


@dataclass(frozen=True)
class Dialogue:
    id: str
    turns: list[DTurn]
    writes: list[dict[str, Any]]
    tags: list[str] = field(default_factory=list)
    title: str = ""


def load_dialogues(path: Path) -> list[Dialogue]:
    """Dialogues from a JSONL file, or every *.jsonl file of a folder; the schema is checked (ValueError names
    the line)."""
    return load_records(path, _dialogue)


def _dialogue(raw: dict[str, Any], seen: set[str], source: str = "") -> Dialogue:
    did = str(raw["id"])
    if did in seen:
        raise ValueError(f"duplicate dialogue id {did}")
    seen.add(did)
    turns = []
    for t in raw["turns"]:
        if ("text" in t) == ("click" in t):
            raise ValueError(f"{did}: a turn has either text or click")
        if t.get("click") is not None and t["click"] not in _CLICKS:
            raise ValueError(f"{did}: unknown click {t['click']!r}")
        if t["chat"] not in _CHATS:
            raise ValueError(f"{did}: chat is group or dm, not {t['chat']!r}")
        turns.append(DTurn(str(t["user"]), t["chat"], t.get("text"), t.get("click"), bool(t.get("if_pending"))))
    writes = list(raw["expect"]["writes"])
    for w in writes:
        allowed = _KINDS.get(w.get("kind", ""))
        if allowed is None or set(w) - allowed - {"kind"}:
            raise ValueError(f"{did}: a write is one of {sorted(_KINDS)} with only its fields: {w}")
    return Dialogue(did, turns, writes, list(raw.get("tags", [])), str(raw.get("title", "")))


# --------------------------------------------------------------------------- what K/3 ended with


def _writes(before: dict[str, dict[str, Any]], after: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Every bill the dialogue created or changed, in the dialogue format's terms."""
    out: list[dict[str, Any]] = []
    for bill, new in sorted(after["mo"].items()):
        old = before["mo"].get(bill)
        if old is None:
            out.append({"kind": "create", "bill": bill, "material": new["FMaterialId.FNumber"], "qty": new["FQty"],
                        "due": str(new["FPlanFinishDate"])[:10], "workshop": new["FWorkShopID.FNumber"]})  # fmt: skip
            continue
        if old == new:
            continue
        was, now = _fields(old), _fields(new)
        w: dict[str, Any] = {"kind": "change", "order": bill} | {k: v for k, v in now.items() if v != was[k]}
        if old["FMaterialId.FNumber"] != new["FMaterialId.FNumber"]:
            w["other"] = "material changed"
        if len(w) > 2:
            out.append(w)
    for rid, new in sorted(after["rpt"].items()):
        if rid not in before["rpt"]:
            out.append({"kind": "report", "bill": new["FBillNo"], "order": new["FMoBillNo"],
                        "good": new["FQuaQty"], "scrap": new["FFailQty"]})  # fmt: skip
        elif before["rpt"][rid] != new:
            out.append({"kind": "report-changed", "bill": new["FBillNo"], "order": new["FMoBillNo"]})
    return out


def _same(want: dict[str, Any], got: dict[str, Any]) -> bool:
    if want["kind"] != got["kind"] or "other" in got:
        return False
    for k, v in want.items():
        if k != "kind" and not _equal(v, got.get(k)):
            return False
    if want["kind"] == "change":  # a change names every field it changed: no other field may have moved
        return set(got) - {"bill"} == set(want) | {"order"}
    return True


def net_changes(
    expected: list[dict[str, Any]], seeded: dict[str, dict[str, Any]] | None = None
) -> list[dict[str, Any]]:
    """The expected writes with every change of one order made one, as K/3's end state shows them: two people's
    changes of MO20261139 (the due date, then the quantity) leave one order with both moved; a later value wins. With
    `seeded` (the orders as the dialogue found them), a field put back to what it was is no change (1118 改成550, then
    改回500: MO20261118 ends as it began)."""
    out: list[dict[str, Any]] = []
    changes: dict[str, dict[str, Any]] = {}
    for w in expected:
        if w.get("kind") != "change":
            out.append(w)
        elif (order := str(w.get("order"))) in changes:
            changes[order].update(w)
        else:
            changes[order] = dict(w)
            out.append(changes[order])
    for order, w in changes.items():
        was = _fields((seeded or {}).get(order))
        for k in [k for k in w if k not in ("kind", "order") and k in was and _equal(was[k], w[k])]:
            w.pop(k)  # put back as it was
        if len(w) == 2:
            out.remove(w)
    return out


def _fields(mo: dict[str, Any] | None) -> dict[str, Any]:
    """An order of the K/3 snapshot in the dialogue format's change fields."""
    if mo is None:
        return {}
    status = _STATUS.get(int(mo["FStatus"]), str(mo["FStatus"]))
    return {"qty": mo["FQty"], "due": str(mo["FPlanFinishDate"])[:10], "workshop": mo["FWorkShopID.FNumber"],
            "status": status}  # fmt: skip


def _equal(want: Any, got: Any) -> bool:
    """A dialogue's value and K/3's: numbers as numbers (500 is 500.0), anything else as written."""
    if isinstance(want, int | float) and isinstance(got, int | float):
        return abs(float(want) - float(got)) <= 1e-6
    return str(want) == str(got)


def judge(
    expected: list[dict[str, Any]], actual: list[dict[str, Any]], seeded: dict[str, dict[str, Any]] | None = None
) -> tuple[list[dict[str, Any]], list[Any]]:
    """(wrong writes, missing expectations): each actual write is matched to at most one expected write (the changes
    of one order taken together, as K/3 holds them; `seeded`: the orders before the dialogue)."""
    left = net_changes(expected, seeded)
    wrong = []
    for got in actual:
        match = next((w for w in left if _same(w, got)), None)
        if match is None:
            wrong.append(got)
        else:
            left.remove(match)
    return wrong, left


# --------------------------------------------------------------------------- one dialogue


def _live(res: Any, card: Any) -> bool:
    """The card's proposal still waits for this kind of press (the chat would show its buttons live)."""
    rec = res.ctx.proposals.get(card.proposal_id)
    want = "pending" if card.kind == "confirm" else "awaiting_approval"
    return rec is not None and rec.status == want and rec.digest == card.digest


def _where(conversation_id: str) -> str:
    """The plant group, or one person's 1:1 chat: a card there is what whoever is in that chat can press."""
    return "group" if conversation_id == _GROUP else conversation_id


async def _run(d: Dialogue, tpl: _Templates, backend: str | None, run: int) -> dict[str, Any]:
    import httpx

    from agent.bootstrap import open_agent, open_resolvers
    from agent.service import Click
    from agent.state import Incoming
    from dingk3.clock import Clock
    from dingk3.config import get_settings
    from sim.k3cloud import EmulatorConfig, create_app

    base = get_settings()
    state = tpl.root / f"dlg-{_safe(d.id)}-{run}"
    shutil.copytree(tpl.index_state, state)
    shutil.copyfile(tpl.k3_db, state / "k3cloud.db")
    update: dict[str, Any] = {"state_dir": state, "database_url": "", "k3_url": "http://k3.dialogues/k3cloud/"}
    if backend:
        update["llm_backend"] = backend
    settings = base.model_copy(update=update)
    app = create_app(EmulatorConfig(db_path=state / "k3cloud.db", data_dir=base.data_dir), clock=_k3_clock())
    log: list[dict[str, Any]] = []
    cards: dict[tuple[str, str], list[Any]] = {}  # (where, card kind) → the cards shown there, oldest first
    t0 = time.perf_counter()
    resolvers = open_resolvers(settings, pull=False)
    try:
        async with open_agent(
            settings, k3_transport=httpx.ASGITransport(app=app), resolvers=resolvers,
            clock=Clock.starting_at(K3_SEEDED_AT),
        ) as res:  # fmt: skip
            before = await _snapshot(res.k3)
            for i, turn in enumerate(d.turns):
                now = (K3_SEEDED_AT + timedelta(minutes=i)).isoformat()
                conv = _GROUP if turn.chat == "group" else f"cidEvalDm-{turn.user}"
                error, messages = "", []
                try:
                    if turn.click:
                        kind = "approve" if turn.click in ("approve", "reject") else "confirm"
                        # what a person presses: the newest card there whose buttons still do something
                        shown = cards.get((_where(conv), kind), [])
                        card = next((c for c in reversed(shown) if _live(res, c)), None)
                        if card is None:
                            if not turn.if_pending:
                                error = f"no {kind} card for {turn.user} in {turn.chat}"
                            log.append({"turn": i + 1, "user": turn.user, "input": f"[{turn.click}]", "skipped": True,
                                        "error": error})  # fmt: skip
                            continue
                        handled = await res.service.handle_click(Click(
                            action=turn.click, user_id=turn.user, thread_id=card.thread_id,  # type: ignore[arg-type]
                            proposal_id=card.proposal_id, digest=card.digest, now=now, click_id=uuid.uuid4().hex,
                        ))  # fmt: skip
                    else:
                        handled = await res.service.handle_message(Incoming(
                            text=turn.text or "", user_id=turn.user, conversation_id=conv, now=now,
                            message_id=uuid.uuid4().hex, conversation_type="2" if turn.chat == "group" else "1",
                        ))  # fmt: skip
                    messages = handled.messages
                except Exception as exc:  # an agent crash fails the dialogue, not the run
                    error = f"{type(exc).__name__}: {exc}"
                for m in messages:
                    if m.card is None or m.card.kind not in ("confirm", "approve"):
                        continue
                    key = (_where(m.conversation_id or f"cidEvalDm-{m.user_id}"), m.card.kind)
                    if m.card.buttons:  # a card its reader can press (pending, or waiting for their approval)
                        cards.setdefault(key, []).append(m.card)
                log.append({"turn": i + 1, "user": turn.user, "input": turn.text or f"[{turn.click}]",
                            "replies": [f"{m.kind}: {m.text[:160]}" for m in messages], "error": error})  # fmt: skip
            actual = _writes(before, await _snapshot(res.k3))
    finally:
        app.state.emulator.store.close()
        resolvers[0].close()
        shutil.rmtree(state, ignore_errors=True)
    wrong, missing = judge(d.writes, actual, before["mo"])
    errors = [t["error"] for t in log if t.get("error")]
    return {
        "id": d.id, "tags": d.tags, "ok": not wrong and not missing and not errors, "wrong_writes": wrong,
        "missing": missing, "errors": errors, "actual": actual, "turns": log,
        "ms": round((time.perf_counter() - t0) * 1000, 1),
    }  # fmt: skip


async def run_dialogues(
    dialogues: Iterable[Dialogue], *, repeat: int = 1, backend: str | None = None, templates: _Templates | None = None
) -> dict[str, Any]:
    """Every dialogue `repeat` times on fresh state: end-state success, pass^k and wrong writes. `templates`: from
    `evals.flows.open_templates` when one process runs dialogues in several calls; else built for this call."""
    dialogues = list(dialogues)
    repeat = max(repeat, 1)
    rows: list[dict[str, Any]] = []
    async with AsyncExitStack() as stack:
        tpl = templates if templates is not None else await stack.enter_async_context(_templates())
        for d in dialogues:
            runs = [await _run(d, tpl, backend, r) for r in range(repeat)]
            first = runs[0] | {"pass_k": all(r["ok"] for r in runs), "runs_passed": sum(r["ok"] for r in runs),
                               "wrong_writes_all_runs": sum(len(r["wrong_writes"]) for r in runs)}  # fmt: skip
            rows.append(first)
    n = len(rows) or 1
    tags: dict[str, list[bool]] = {}
    for r in rows:
        for t in r["tags"]:
            tags.setdefault(t, []).append(r["ok"])
    return {
        "dialogues": len(rows),
        "passed": sum(r["ok"] for r in rows),
        "success": round(sum(r["ok"] for r in rows) / n, 4),
        "pass_k": round(sum(r["pass_k"] for r in rows) / n, 4),
        "repeat": repeat,
        "wrong_writes": sum(r["wrong_writes_all_runs"] for r in rows),
        "dialogues_with_wrong_writes": sum(bool(r["wrong_writes"]) for r in rows),
        "by_tag": {t: {"n": len(v), "success": round(sum(v) / len(v), 3)} for t, v in sorted(tags.items())},
        "backend": backend or "settings",
        "results": rows,
    }


def render_dialogues(summary: dict[str, Any]) -> str:
    """A readable table for the terminal."""
    out = [
        f"dialogues {summary['dialogues']}  passed {summary['passed']}  end-state success {summary['success']:.3f}"
        f"  pass^{summary['repeat']} {summary['pass_k']:.3f}  wrong writes {summary['wrong_writes']}"
        f" (in {summary['dialogues_with_wrong_writes']} dialogues)",
        "",
    ]
    for r in summary["results"]:
        mark = "PASS" if r["ok"] and r["pass_k"] else ("WRONG" if r["wrong_writes"] else "FAIL")
        out.append(f"  {mark:5} {r['id']}")
        for w in r["wrong_writes"]:
            out.append(f"        wrong write: {_short(w)}")
        for w in r["missing"]:
            out.append(f"        missing: {_short(w)}")
        for e in r["errors"]:
            out.append(f"        error: {e}")
    return "\n".join(out)


def _short(w: dict[str, Any]) -> str:
    return ", ".join(f"{k}={v}" for k, v in w.items())


def build_arg_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m evals.dialogues", description="Run dialogues through the agent.")
    p.add_argument("--dialogues", type=Path, required=True, help="A JSONL dialogue file or a folder of them.")
    p.add_argument("--backend", choices=["rules", "llm", "hybrid"], default=None, help="Default: from settings.")
    p.add_argument("--json", dest="json_out", type=Path, default=None, help="Write the summary JSON here.")
    p.add_argument("--repeat", type=int, default=1, help="Runs per dialogue; reports pass^k.")
    p.add_argument("--only", action="append", default=[], help="Run only these dialogue ids (repeatable).")
    return p


def main(argv: list[str] | None = None) -> int:
    """Exit status 1 when any dialogue fails or wrote what its user did not mean."""
    import asyncio

    args = build_arg_parser().parse_args(argv)
    dialogues = [d for d in load_dialogues(args.dialogues) if not args.only or d.id in args.only]
    summary = asyncio.run(run_dialogues(dialogues, repeat=args.repeat, backend=args.backend))
    if args.json_out:
        args.json_out.write_text(json.dumps(summary, ensure_ascii=False, indent=1, default=_plain), encoding="utf-8")
    print(render_dialogues(summary))
    return 0 if summary["passed"] == summary["dialogues"] and not summary["wrong_writes"] else 1


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else str(value)


if __name__ == "__main__":
    sys.exit(main())
