"""Rebuild the phrase bank of `agent.nlu.similar` from the eval case files: `python -m evals.phrases`.

Every case's text and expected intent, once per text. A blind batch must be scored before it is added to
`evals/cases/` (and so to the bank); `--exclude NAME` leaves files out (e.g. one about to be scored).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from agent.nlu.similar import BANK_PATH

CASES = Path(__file__).with_name("cases")


def build(exclude: set[str]) -> list[dict[str, str]]:
    seen: dict[str, str] = {}
    for path in sorted(CASES.glob("*.jsonl")):
        if path.name in exclude:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                seen.setdefault(str(case["text"]), str(case["expect"]["intent"]))
    return [{"text": text, "intent": intent} for text, intent in seen.items()]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m evals.phrases", description=__doc__.split("\n\n")[0])
    ap.add_argument("--exclude", action="append", default=[], help="a case file name to leave out")
    args = ap.parse_args(argv)
    rows = build(set(args.exclude))
    BANK_PATH.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} lines → {BANK_PATH}")


if __name__ == "__main__":
    main()
