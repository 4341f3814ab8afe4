"""Score an understanding backend on JSONL cases (issue 4 §5): accuracy, exact match, latency, diffs.

A case is `{"id", "text", "user", "now", "expect": {"intent", "args", "clarify"}}`. Args are compared
on the canonical slots only (`material_text` / `workshop_text` are working phrases), numbers by value
(300 == 300.0), clarify as a set. The rules backend runs `agent.nlu.understand` with the real
`tools.resolve` resolvers and the plant's vocabulary, exactly as `agent.parsing.RulesParser` does in production.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import json
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from agent.nlu.models import CANONICAL_SLOTS, INTENTS, ParsedCommand
from dingk3.paths import DEMO_DATA_DIR, package_dir
from evals.jsonl import load_records

__all__ = ["load_cases", "main", "run", "score"]

DEFAULT_CASES = package_dir("evals") / "cases"
NO_RULE = "(no rule)"  # an answer no rule of the rules backend gave (the model's)


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    user: str
    now: datetime
    expect: dict[str, Any]
    source: str


def load_cases(path: Path) -> list[Case]:
    """Cases from one JSONL file or every `*.jsonl` under a folder (sorted by file name)."""
    return load_records(path, _case)


def _case(raw: dict[str, Any], seen: set[str], source: str) -> Case:
    if raw["id"] in seen:
        raise ValueError(f"duplicate case id {raw['id']}")
    seen.add(raw["id"])
    return Case(raw["id"], raw["text"], raw.get("user", ""), _when(raw["now"]), raw["expect"], source)


def _when(s: str) -> datetime:
    """The case's instant on the plant's clock (Asia/Shanghai, the demo plant's zone), as the runtime gives every
    message: a case sent at 20:00 in New York is read on the next morning's plant day."""
    moment = datetime.fromisoformat(s.replace("Z", "+00:00"))
    return moment.astimezone(_PLANT) if moment.tzinfo else moment.replace(tzinfo=_PLANT)


_PLANT = ZoneInfo("Asia/Shanghai")


def _user_workshops(path: Path = DEMO_DATA_DIR / "users.csv") -> dict[str, str | None]:
    with path.open(encoding="utf-8") as f:
        return {row["userid"]: (row.get("workshop") or None) for row in csv.DictReader(f)}


def open_resolvers(kind: str = "auto") -> tuple[Any, Any, str]:
    """The production resolvers (`tools.resolve`) when present, else the exact-match demo catalogue."""
    if kind in ("auto", "real"):
        try:
            from agent.bootstrap import open_resolvers as production_resolvers
        except ImportError:
            if kind == "real":
                raise
        else:
            import httpx

            from dingk3.config import get_settings
            from sim.k3cloud import EmulatorConfig, create_app

            # the agent's own resolvers over the demo plant's K/3 (the emulator, in process, seeded from the demo
            # data once under the state dir): the catalogue comes from K/3, as the product's does
            state = get_settings().state_dir / "evals"
            app = create_app(EmulatorConfig(db_path=state / "k3cloud.db", data_dir=DEMO_DATA_DIR))
            settings = get_settings().model_copy(update={"state_dir": state, "k3_url": "http://k3.evals/k3cloud/"})
            try:
                materials, workshops = production_resolvers(settings, k3_transport=httpx.ASGITransport(app=app))
            finally:
                app.state.emulator.store.close()
            return materials, workshops, "tools.resolve"
    from evals.catalog_resolver import CatalogMaterialResolver, CatalogWorkshopResolver

    return (
        CatalogMaterialResolver.from_csv(DEMO_DATA_DIR / "materials.csv"),
        CatalogWorkshopResolver.from_csv(DEMO_DATA_DIR / "workshops.csv"),
        "catalog",
    )


Parse = Callable[[str, datetime, str | None], ParsedCommand]


def make_backend(name: str, materials: Any, workshops: Any) -> tuple[Parse, Any]:
    """(parse function, usage counter or None) for `rules`, `llm` or `hybrid`."""
    if name == "rules":
        from agent.nlu import understand
        from agent.nlu.vocabulary import vocabulary_source
        from dingk3.calendar_file import load_calendar
        from dingk3.config import get_settings

        vocabulary = vocabulary_source(workshops, load_calendar(get_settings().plant_file))

        def parse(text: str, now: datetime, ws: str | None) -> ParsedCommand:
            return understand(
                text, now=now, user_workshop=ws, materials=materials, workshops=workshops, vocabulary=vocabulary()
            )

        return parse, None
    from agent.parsing import make_parser  # the graph's own backend selection
    from dingk3.config import get_settings

    settings = get_settings().model_copy(update={"llm_backend": name})
    parser = make_parser(settings, materials, workshops)
    loop = asyncio.new_event_loop()  # one loop for every case: the LLM client's connections live on it

    def parse_async(text: str, now: datetime, ws: str | None) -> ParsedCommand:
        return loop.run_until_complete(parser(text, now=now, user_workshop=ws))  # type: ignore[no-any-return]

    return parse_async, getattr(parser, "usage", None)


def _num_equal(a: Any, b: Any) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return abs(float(a) - float(b)) < 1e-9
    return bool(a == b)


def _arg_errors(expected: dict[str, Any], got: dict[str, Any]) -> list[str]:
    errors = []
    for k in sorted(set(expected) | set(got)):
        if k not in got:
            errors.append(f"missing_arg:{k}")
        elif k not in expected:
            errors.append(f"unexpected_arg:{k}")
        elif not _num_equal(expected[k], got[k]):
            errors.append(f"value_error:{k}")
    return errors


def _p(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(q * (len(ordered) - 1))))
    return round(ordered[k], 3)


def run(cases: Iterable[Case], parse: Parse, *, repeat: int = 1, backend: str = "rules") -> list[dict[str, Any]]:
    """One result row per case (the first run; `pass_k` says whether all `repeat` runs were right)."""
    workshops = _user_workshops()
    rows = []
    for case in cases:
        ws = workshops.get(case.user)
        runs = []
        for _ in range(max(repeat, 1)):
            t0 = time.perf_counter()
            parsed = parse(case.text, case.now, ws)
            ms = (time.perf_counter() - t0) * 1000
            runs.append((parsed, ms))
        results = [_judge(case, p, ms) for p, ms in runs]
        first = results[0]
        first.update(
            backend=runs[0][0].backend if runs[0][0].backend != "rules" or backend == "rules" else backend,
            pass_k=all(r["ok"] for r in results),
            source=case.source,
        )
        rows.append(first)
    return rows


def _judge(case: Case, parsed: ParsedCommand, ms: float) -> dict[str, Any]:
    exp = case.expect
    exp_args = {k: v for k, v in exp.get("args", {}).items() if k in CANONICAL_SLOTS}
    got_args = parsed.canonical_args()
    intent_ok = parsed.intent == exp["intent"]
    args_errors = _arg_errors(exp_args, got_args)
    exp_clarify, got_clarify = set(exp.get("clarify", [])), set(parsed.clarify)
    clarify_ok = exp_clarify == got_clarify
    errors = ([] if intent_ok else [f"wrong_intent:{exp['intent']}->{parsed.intent}"]) + args_errors
    errors += [f"clarify_missing:{c}" for c in sorted(exp_clarify - got_clarify)]
    errors += [f"clarify_unexpected:{c}" for c in sorted(got_clarify - exp_clarify)]
    return {
        "id": case.id,
        "text": case.text,
        "expected": {"intent": exp["intent"], "args": exp_args, "clarify": sorted(exp_clarify)},
        "predicted": {"intent": parsed.intent, "args": got_args, "clarify": list(parsed.clarify)},
        "confidence": parsed.confidence,
        "intent_ok": intent_ok,
        "args_ok": not args_errors,
        "clarify_ok": clarify_ok,
        "ok": intent_ok and not args_errors and clarify_ok,
        "rule": parsed.rule or NO_RULE,
        "errors": errors,
        "ms": round(ms, 3),
    }


def score(rows: list[dict[str, Any]], *, repeat: int = 1) -> dict[str, Any]:
    """The summary JSON of issue 4 §5 from result rows."""
    n = len(rows) or 1
    gold = [r["expected"]["intent"] for r in rows]
    pred = [r["predicted"]["intent"] for r in rows]
    confusion: dict[str, dict[str, int]] = defaultdict(dict)
    for g, p in zip(gold, pred, strict=True):
        confusion[g][p] = confusion[g].get(p, 0) + 1
    per_intent: dict[str, dict[str, float]] = {}
    f1s = []
    for intent in INTENTS:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == p == intent)
        support, predicted = gold.count(intent), pred.count(intent)
        if not support and not predicted:
            continue
        precision = tp / predicted if predicted else 0.0
        recall = tp / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        f1s.append(f1)
        exact = [r["ok"] for r in rows if r["expected"]["intent"] == intent]
        per_intent[intent] = {
            "support": support,
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "exact_match": round(sum(exact) / len(exact), 4) if exact else 0.0,
        }
    ms = [r["ms"] for r in rows]
    per_file: dict[str, dict[str, float]] = {}
    for source in sorted({r.get("source", "") for r in rows}):
        sub = [r for r in rows if r.get("source", "") == source]
        per_file[source] = {
            "cases": len(sub),
            "intent_accuracy": round(sum(r["intent_ok"] for r in sub) / len(sub), 4),
            "exact_match": round(sum(r["ok"] for r in sub) / len(sub), 4),
            "p95_ms": _p([r["ms"] for r in sub], 0.95),
        }
    summary: dict[str, Any] = {
        "cases": len(rows),
        "intent_accuracy": round(sum(r["intent_ok"] for r in rows) / n, 4),
        "intent_macro_f1": round(statistics.fmean(f1s), 4) if f1s else 0.0,
        "args_exact_match": round(sum(r["args_ok"] for r in rows) / n, 4),
        "clarify_accuracy": round(sum(r["clarify_ok"] for r in rows) / n, 4),
        "exact_match": round(sum(r["ok"] for r in rows) / n, 4),
        "p50_ms": _p(ms, 0.5),
        "p95_ms": _p(ms, 0.95),
        "per_intent": per_intent,
        "per_file": per_file,
        "confusion": {g: dict(sorted(c.items())) for g, c in sorted(confusion.items())},
        "error_types": dict(Counter(e.split(":")[0] for r in rows for e in r["errors"]).most_common()),
        "rules": per_rule(rows),
        "failures": [
            {k: r[k] for k in ("id", "text", "expected", "predicted", "errors", "confidence", "rule")}
            for r in rows
            if not r["ok"]
        ],
        "results": [{k: r[k] for k in ("id", "predicted", "ok", "ms", "backend", "confidence", "rule")} for r in rows],
    }
    if repeat > 1:
        summary["repeat"] = repeat
        summary["pass_k"] = round(sum(r["pass_k"] for r in rows) / n, 4)
    return summary


def per_rule(rows: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
    """Per rule of the rules backend, in the order rules are tried: how many cases it decided and how many of those
    failed (every rule, also one that decided none; answers no rule gave, the model's, under NO_RULE)."""
    from agent.nlu.rules import RULE_NAMES

    counts = {name: {"decided": 0, "failed": 0} for name in RULE_NAMES}
    for r in rows:
        count = counts.setdefault(r.get("rule") or NO_RULE, {"decided": 0, "failed": 0})
        count["decided"] += 1
        count["failed"] += not r["ok"]
    return counts


def diff_baseline(summary: dict[str, Any], baseline: dict[str, Any]) -> tuple[list[str], list[str]]:
    """(newly failing ids, newly passing ids) against an earlier summary JSON."""
    old = {r["id"]: r["ok"] for r in baseline.get("results", [])}
    new = {r["id"]: r["ok"] for r in summary["results"]}
    failing = sorted(i for i, ok in new.items() if not ok and old.get(i) is True)
    passing = sorted(i for i, ok in new.items() if ok and old.get(i) is False)
    return failing, passing


def render(summary: dict[str, Any], *, max_failures: int = 25) -> str:
    """A readable table for the terminal."""
    out = [
        f"cases {summary['cases']}  intent_acc {summary['intent_accuracy']:.3f}"
        f"  macro_f1 {summary['intent_macro_f1']:.3f}"
        f"  args {summary['args_exact_match']:.3f}  clarify {summary['clarify_accuracy']:.3f}"
        f"  exact {summary['exact_match']:.3f}  p50 {summary['p50_ms']:.2f}ms  p95 {summary['p95_ms']:.2f}ms",
        f"backend {summary.get('backend', '?')}  resolver {summary.get('resolver', '?')}",
    ]
    if "pass_k" in summary:
        out.append(f"pass^{summary['repeat']} {summary['pass_k']:.3f}")
    if "llm" in summary:
        share = summary["llm"].get("share_to_model")
        out.append(
            f"llm calls {summary['llm'].get('calls', 0)}  tokens {summary['llm'].get('tokens', 0)}"
            + (f"  share of messages sent to the model {share:.1%}" if share is not None else "")
        )
    out.append("")
    out.append(f"{'intent':18}{'support':>8}{'prec':>8}{'recall':>8}{'f1':>8}{'exact':>8}")
    for intent, m in summary["per_intent"].items():
        out.append(
            f"{intent:18}{m['support']:>8}{m['precision']:>8.3f}{m['recall']:>8.3f}{m['f1']:>8.3f}{m['exact_match']:>8.3f}"
        )
    if len(summary.get("per_file", {})) > 1:
        out.append("")
        out.append(f"{'file':22}{'cases':>7}{'intent':>8}{'exact':>8}{'p95ms':>8}")
        for name, m in summary["per_file"].items():
            out.append(
                f"{name:22}{m['cases']:>7}{m['intent_accuracy']:>8.3f}{m['exact_match']:>8.3f}{m['p95_ms']:>8.2f}"
            )
    out.extend(_render_rules(summary.get("rules", {})))
    if summary["failures"]:
        out.append("")
        out.append(f"failures ({len(summary['failures'])}):")
        for f in summary["failures"][:max_failures]:
            out.append(f"  {f['id']:8} {f['text'][:48]!r}  {', '.join(f['errors'])}")
            out.append(f"           expected {_short(f['expected'])}")
            out.append(f"           got      {_short(f['predicted'])}")
        if len(summary["failures"]) > max_failures:
            out.append(f"  … {len(summary['failures']) - max_failures} more in the JSON output")
    return "\n".join(out)


def _render_rules(rules: dict[str, dict[str, int]]) -> list[str]:
    """The rules that decided cases, in the order they are tried, and the names of those that decided none."""
    decided = {name: m for name, m in rules.items() if m["decided"]}
    if not decided:
        return []
    out = ["", f"{'rule':24}{'decided':>8}{'failed':>8}"]
    out += [f"{name:24}{m['decided']:>8}{m['failed']:>8}" for name, m in decided.items()]
    idle = [name for name, m in rules.items() if not m["decided"]]
    if idle:
        out.append(f"deciding no case: {' '.join(idle)}")
    return out


def _short(d: dict[str, Any]) -> str:
    return f"{d['intent']} {json.dumps(d['args'], ensure_ascii=False)} {d['clarify']}"


def build_arg_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m evals", description="Score an understanding backend on eval cases.")
    p.add_argument("--cases", type=Path, default=DEFAULT_CASES, help="A JSONL case file or a folder of them.")
    p.add_argument("--backend", choices=["rules", "llm", "hybrid"], default="rules")
    p.add_argument("--json", dest="json_out", type=Path, default=None, help="Write the summary JSON here.")
    p.add_argument("--baseline", type=Path, default=None, help="An earlier --json output to diff against.")
    p.add_argument("--repeat", type=int, default=1, help="Runs per case; reports pass^k.")
    p.add_argument("--resolver", choices=["auto", "real", "catalog"], default="auto", help="Material resolver.")
    p.add_argument("--max-failures", type=int, default=25, help="Failures printed in the table.")
    p.add_argument("--flows", type=Path, default=None, help="Run this multi-turn flow file instead (evals.flows).")
    return p


def evaluate(
    cases_path: Path,
    *,
    backend: str = "rules",
    repeat: int = 1,
    resolver: str = "auto",
) -> dict[str, Any]:
    cases = load_cases(cases_path)
    materials, workshops, resolver_name = open_resolvers(resolver)
    parse, usage = make_backend(backend, materials, workshops)
    rows = run(cases, parse, repeat=repeat, backend=backend)
    summary = score(rows, repeat=repeat)
    summary["backend"] = backend
    summary["resolver"] = resolver_name
    if usage is not None:
        summary["llm"] = {
            "calls": getattr(usage, "calls", 0),
            "share_to_model": round(getattr(usage, "calls", 0) / max(getattr(usage, "messages", 0), 1), 4)
            if getattr(usage, "messages", 0)
            else None,
            "failures": getattr(usage, "failures", 0),
            "prompt_tokens": getattr(usage, "prompt_tokens", 0),
            "completion_tokens": getattr(usage, "completion_tokens", 0),
            "tokens": getattr(usage, "prompt_tokens", 0) + getattr(usage, "completion_tokens", 0),
        }
    return summary


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if any(a == "--flows" or a.startswith("--flows=") for a in argv):
        from evals import flows  # whole chat flows through the agent: their own flags (see --flows --help)

        return flows.main(argv)
    args = build_arg_parser().parse_args(argv)
    summary = evaluate(args.cases, backend=args.backend, repeat=args.repeat, resolver=args.resolver)
    print(render(summary, max_failures=args.max_failures))
    if args.baseline:
        failing, passing = diff_baseline(summary, json.loads(args.baseline.read_text(encoding="utf-8")))
        print(f"\nnewly failing ({len(failing)}): {' '.join(failing) or '-'}")
        print(f"newly passing ({len(passing)}): {' '.join(passing) or '-'}")
    if args.json_out:
        args.json_out.parent.mkdir(parents=True, exist_ok=True)
        args.json_out.write_text(json.dumps(summary, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
