"""Rebuild catalogue.csv and queries.jsonl in memory, compare byte-for-byte, and full-scan every row for every query."""
import csv, io, json, os, re, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
import generate

def fits(attrs, reading):
    """a row fits a query when every attribute the query states equals the row's value
    (a set means any of these values); attributes the query does not state are free."""
    for k, v in reading.items():
        rv = attrs.get(k, "<none>")
        if isinstance(v, (set, frozenset)):
            if rv not in v:
                return False
        elif rv != v:
            return False
    return True

def norm(s):
    return re.sub(r"[^0-9A-Z]", "", s.upper())

def main():
    fails = []
    rows, cat, qs, qtxt, meta = generate.build()
    with open(os.path.join(here, "catalogue.csv"), encoding="utf-8", newline="") as fh:
        if fh.read() != cat:
            fails.append("catalogue.csv differs from a fresh in-memory build")
    with open(os.path.join(here, "queries.jsonl"), encoding="utf-8", newline="") as fh:
        if fh.read() != qtxt:
            fails.append("queries.jsonl differs from a fresh in-memory build")
    # catalogue shape
    recs = list(csv.reader(io.StringIO(cat)))
    if recs[0] != ["number", "name", "spec", "unit", "category", "aliases"]:
        fails.append("bad header")
    body = recs[1:]
    if len(body) < 20000:
        fails.append("only %d rows" % len(body))
    nums = [r[0] for r in body]
    if len(set(nums)) != len(nums):
        fails.append("duplicate numbers")
    if any(not (r[1] and r[2] and r[3] and r[4]) for r in body):
        fails.append("row with empty name/spec/unit/category")
    keys = [tuple(sorted((k, str(v)) for k, v in r.attrs.items())) for r in rows]
    if len(set(keys)) != len(keys):
        fails.append("duplicate attribute sets: %d" % (len(keys) - len(set(keys))))
    if [r.num for r in rows] != nums:
        fails.append("row order mismatch")
    # queries
    lines = qtxt.splitlines()
    if len(lines) != 500:
        fails.append("%d query lines" % len(lines))
    texts = set()
    n_null = 0
    for i, (ln, reading) in enumerate(zip(lines, meta)):
        q = json.loads(ln)
        if set(q) != {"query", "expect", "kind", "style"}:
            fails.append("line %d keys" % (i + 1)); continue
        if q["query"] in texts:
            fails.append("line %d duplicate text" % (i + 1))
        texts.add(q["query"])
        hits = [r.num for r in rows if fits(r.attrs, reading)]          # full scan
        if q["expect"] is None:
            n_null += 1
            if len(hits) == 1:
                fails.append("line %d null but fits exactly %s" % (i + 1, hits[0]))
        elif hits != [q["expect"]]:
            fails.append("line %d expect %s fits %s" % (i + 1, q["expect"], hits[:5]))
        # evidence: a stated code/model must be visible in the text (unless spoken or typo'd)
        if q["style"] not in ("voice", "typo"):
            for k in ("model", "code", "dash"):
                if k in reading:
                    v = norm(str(reading[k]))
                    if k == "dash":
                        v = str(reading[k])
                    if v not in norm(q["query"]):
                        fails.append("line %d: %s %s not in text" % (i + 1, k, v))
    share = n_null / max(1, len(lines))
    if not 0.03 <= share <= 0.08:
        fails.append("null share %.3f" % share)
    if fails:
        print("FAIL"); print("\n".join(fails[:40])); sys.exit(1)
    from collections import Counter
    print("PASS: %d rows, %d queries, %d null (%.1f%%)" % (len(body), len(lines), n_null, 100 * share))
    print("kinds:", dict(Counter(json.loads(l)["kind"] for l in lines)))
    print("styles:", dict(Counter(json.loads(l)["style"] for l in lines)))

if __name__ == "__main__":
    main()
