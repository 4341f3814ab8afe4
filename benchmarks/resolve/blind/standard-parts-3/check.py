# -*- coding: utf-8 -*-
"""Checker for the blind standard-parts set 3. Exit 0 when everything holds, 1 on any problem.
Re-reads catalogue.csv, queries.jsonl and checker_data/*, and for every query:
 - the words recorded as evidence really occur in the query and really mean the recorded constraints
   (type word, size, standard, grade, material, finish, brand, bearing designation, code ...);
 - no constraint is recorded that the query does not state;
 - with expect: exactly one catalogue row could be meant (rows whose text leaves an attribute open count as possible),
   and it is the expected row, which states every constraint positively;
 - with expect null: no row could be meant, and the recorded near-miss row differs in exactly one stated constraint."""
import collections
import csv
import json
import os
import re
import sys

import plant_vocab as V

HERE = os.path.dirname(os.path.abspath(__file__))
problems = []


def bad(msg):
    problems.append(msg)


def n(s):
    return s.upper().replace(" ", "")


def loose(s):
    s = n(s).replace("×", "X").replace("*", "X")
    s = re.sub(r"(?<=\d)-(?=\d)", "X", s)
    return s.replace("-", "")


# ---------------------------------------------------------------- catalogue
with open(os.path.join(HERE, "catalogue.csv"), "rb") as f:
    raw = f.read()
if raw.startswith(b"\xef\xbb\xbf"):
    bad("catalogue.csv has a BOM")
text = raw.decode("utf-8")
rows = list(csv.reader(text.splitlines()))
if rows[0] != ["number", "name", "spec", "unit", "category", "aliases"]:
    bad("catalogue header wrong: %r" % rows[0])
cat = {}
for r in rows[1:]:
    if len(r) != 6:
        bad("row with %d columns: %r" % (len(r), r[:1]))
        continue
    if not r[0] or not r[1]:
        bad("row without number or name: %r" % r)
    if r[0] in cat:
        bad("duplicate number %s" % r[0])
    cat[r[0]] = {"number": r[0], "name": r[1], "spec": r[2], "unit": r[3], "category": r[4], "aliases": [a for a in r[5].split(";") if a]}
if len(cat) < 20000:
    bad("catalogue has only %d rows" % len(cat))
attrs = {}
for line in open(os.path.join(HERE, "checker_data", "attributes.jsonl"), encoding="utf-8"):
    d = json.loads(line)
    attrs[d["number"]] = d["at"]
if set(attrs) != set(cat):
    bad("attributes.jsonl and catalogue.csv hold different numbers")
for num, r in cat.items():
    at = attrs.get(num)
    if not at:
        continue
    r["at"] = at
    if not at.get("k") or not at.get("fam"):
        bad("%s: no identifying attribute" % num)
        continue
    hay = loose(r["name"] + " " + r["spec"] + " " + " ".join(r["aliases"]))
    if loose(at["k"]) not in hay:
        bad("%s: catalogue text does not show its designation %s" % (num, at["k"]))
    if at.get("L") and loose(str(at["L"])) not in hay:
        bad("%s: catalogue text does not show length %s" % (num, at["L"]))

# ---------------------------------------------------------------- matching (written again, not imported from the generator)
def acc_set(key, vals):
    out = set()
    for v in vals:
        out.update(V.std_class(v) if key == "std" else [v])
    return out


def could(r, cons):
    at = r["at"]
    for key, vals in cons.items():
        if key == "number":
            if r["number"] not in vals:
                return False
        elif key == "alias":
            if not set(n(a) for a in r["aliases"]) & set(n(v) for v in vals):
                return False
        elif key == "k":
            if n(at["k"]) not in set(n(v) for v in vals):
                return False
        else:
            rv = at.get(key)
            if rv is None:
                continue
            rv = [rv] if isinstance(rv, str) else rv
            if not set(rv) & acc_set(key, vals):
                return False
    return True


def states(r, key, vals):
    if key in ("number", "alias", "k"):
        return could(r, {key: vals})
    rv = r["at"].get(key)
    if rv is None:
        return False
    rv = [rv] if isinstance(rv, str) else rv
    return set(rv) <= acc_set(key, vals)


index = collections.defaultdict(list)
for r in cat.values():
    if "at" not in r:
        continue
    index[("k", n(r["at"]["k"]))].append(r)
    index[("number", r["number"])].append(r)
    for a in set(n(a) for a in r["aliases"]):
        index[("alias", a)].append(r)
    for m in r["at"].get("model") or []:
        index[("model", m)].append(r)


def candidates(cons):
    for key in ("number", "k", "alias", "model"):
        if key in cons:
            seen, out = set(), []
            for v in cons[key]:
                for r in index.get((key, v if key in ("number", "model") else n(v)), []):
                    if r["number"] not in seen:
                        seen.add(r["number"])
                        out.append(r)
            return [r for r in out if could(r, cons)]
    return None


# ---------------------------------------------------------------- evidence: what the words in the query mean
TABLES = {"fam": V.TYPE_WORDS, "grade": V.GRADE_WORDS, "mat": V.MAT_WORDS, "fin": V.FIN_WORDS, "hard": V.HARD_WORDS, "volt": V.VOLT_WORDS,
          "brand": V.BRAND_WORDS, "ktype": V.KTYPE_WORDS}


def meaning(evk, surf, cons):
    """Return dict of constraints the surface states, or None if it cannot be read."""
    if evk in TABLES:
        m = TABLES[evk].get(surf)
        return {evk: m} if m else None
    if evk == "stype":
        m = V.STYPE_WORDS.get(surf) or V.SEAL_TYPE_WORDS.get(surf)
        return {"stype": m} if m else None
    if evk == "std":
        s = V.parse_std(surf)
        return {"std": [s]} if s else None
    if evk == "bcode":
        p = V.parse_dgbb(surf)
        return {"k": [p[0]], "seal": [p[1]], "clear": [p[2]]} if p else None
    if evk == "size":
        nums = V.size_numbers(surf)
        want = V.size_numbers(cons["k"][0]) + (V.size_numbers(cons["L"][0]) if "L" in cons else [])
        if [float(eval(x)) if "/" in x else float(x) for x in nums] != [float(eval(x)) if "/" in x else float(x) for x in want]:
            return None
        return {"k": cons["k"], "L": cons["L"]} if "L" in cons else {"k": cons["k"]}
    if evk == "code":
        s = loose(surf)
        for v in cons.get("k", []):
            if s == loose(v) or s == "HTD" + loose(v) or "HTD" + s == loose(v):
                return {"k": [v]}
        return None
    if evk == "model":
        return {"model": cons["model"]} if any(loose(surf) == loose(m) for m in cons.get("model", [])) else None
    if evk == "alias":
        return {"alias": cons["alias"]} if any(n(surf).endswith(n(a)) for a in cons.get("alias", [])) else None
    if evk == "number":
        return {"number": cons["number"]} if any(surf.endswith(x) for x in cons.get("number", [])) else None
    if evk in ("range", "thread", "cable"):
        return {evk: cons[evk]} if V.size_numbers(surf) == V.size_numbers(cons[evk][0]) else None
    return None


def qnorm(s):
    return V.to_simp(s).lower().replace(" ", "")


qlines = open(os.path.join(HERE, "queries.jsonl"), encoding="utf-8").read().split("\n")
if qlines and qlines[-1] == "":
    qlines = qlines[:-1]
if len(qlines) != 500:
    bad("queries.jsonl has %d lines, not 500" % len(qlines))
metas = [json.loads(l) for l in open(os.path.join(HERE, "checker_data", "query_meta.jsonl"), encoding="utf-8")]
if len(metas) != len(qlines):
    bad("query_meta.jsonl does not match queries.jsonl")
seen_q = set()
kinds, styles, nulls = collections.Counter(), collections.Counter(), 0
for i, line in enumerate(qlines):
    q = json.loads(line)
    tag = "query %d (%s)" % (i + 1, q.get("query"))
    if sorted(q) != ["expect", "kind", "query", "style"]:
        bad(tag + ": keys " + repr(sorted(q)))
        continue
    if not q["query"].strip() or q["query"] in seen_q:
        bad(tag + ": empty or duplicate")
    seen_q.add(q["query"])
    kinds[q["kind"]] += 1
    styles[q["style"]] += 1
    if i >= len(metas):
        continue
    meta = metas[i]
    cons = meta["cons"]
    if q["expect"] is not None and q["expect"] not in cat:
        bad(tag + ": expect not in catalogue")
        continue
    # 1. evidence
    implied = {}
    qn = qnorm(q["query"])
    for evk, surf in meta["ev"]:
        if qnorm(surf) not in qn:
            bad(tag + ": evidence %r not in the query" % surf)
            continue
        m = meaning(evk, surf, cons)
        if m is None:
            bad(tag + ": cannot read %r as %s" % (surf, evk))
            continue
        for key, vals in m.items():
            implied[key] = sorted(set(implied.get(key, [])) | set(vals))
    if {k: sorted(v) for k, v in implied.items()} != {k: sorted(v) for k, v in cons.items()}:
        bad(tag + ": recorded constraints %r differ from what the words say %r" % (cons, implied))
    # 2. uniqueness / absence
    cands = candidates(cons)
    if cands is None:
        bad(tag + ": no identifying constraint")
        continue
    if q["expect"] is not None:
        if [r["number"] for r in cands] != [q["expect"]]:
            bad(tag + ": rows that fit: %s (expect %s)" % ([r["number"] for r in cands][:6], q["expect"]))
        elif not all(states(cat[q["expect"]], k, v) for k, v in cons.items()):
            bad(tag + ": expected row does not itself state every constraint")
        elif q["kind"] == "mnemonic":
            # a mnemonic code is a search key: read as "this part type in this size", the other words must still single it out
            t = cat[q["expect"]]["at"]
            c2 = {k: v for k, v in cons.items() if k != "alias"}
            c2.update({"k": [t["k"]], "fam": list(t["fam"])})
            if t.get("L"):
                c2["L"] = [t["L"]]
            fit = candidates(c2)
            if [r["number"] for r in fit] != [q["expect"]]:
                bad(tag + ": mnemonic read as type+size fits %s" % [r["number"] for r in fit][:6])
    else:
        nulls += 1
        if cands:
            bad(tag + ": null query but rows fit: %s" % [r["number"] for r in cands][:6])
        nm = cat.get(meta.get("near_miss") or "")
        if not nm or not any(all(states(nm, k, v) for k, v in cons.items() if k != skip) for skip in cons):
            bad(tag + ": null query without a near-miss row one constraint away")
if not (0.03 * len(qlines) <= nulls <= 0.07 * len(qlines)):
    bad("null share %d/%d is not about 5%%" % (nulls, len(qlines)))

print("catalogue rows: %d" % len(cat))
print("queries: %d  (expect null: %d)" % (len(qlines), nulls))
print("kinds:", dict(sorted(kinds.items())))
print("styles:", dict(sorted(styles.items())))
if problems:
    for p in problems[:60]:
        print("PROBLEM:", p)
    print("%d problem(s)" % len(problems))
    sys.exit(1)
print("OK: every query re-verified against the structured attributes")
