#!/usr/bin/env python3
"""Dev tool: sanity-check the hand-annotated gold files in Corpus/.

Checks, for every document that has gold next to it:
  * the JSON parses and follows the seed's schema (fields, enums, value shapes);
  * every target `sentence` occurs verbatim in the document (warns when it
    occurs more than once, since offsets are then ambiguous);
  * every entity text and every optional string occurs in the document;
  * no common Traditional-only character slipped into our own texts;
  * Corpus/diff/expected.json sentences occur in the two diff documents;
  * the held-out texts (Tests/ZhExtractTests/Corpus/heldout, gold next to each
    text, targets and/or entities), their diff expectations (*.diff-expected.json)
    and documents.expected.json (every listed file exists, every text is listed).

Usage: python3 Corpus/check_gold.py      (exit status 1 on any error)
Not used by the product; written for ZhMine, 2026.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["sentence", "indicator", "change", "value", "unit", "qualifier", "kind", "year"]
QUALIFIERS = {"exact", "approx", "atLeast", "atMost", "range"}
KINDS = {"target", "actual"}
TYPES = {"person", "place", "organization", "facility", "program"}
# Frequent Traditional-only characters (their Simplified forms differ).
TRADITIONAL = set("國經濟發長區於與為會動產業實現設進計劃總體們這時學點電車東門開關華線條萬億個項幣稅價費務農鄉鎮縣書記員過還從應將對當輕亞歐鐵軌橋廣場際嚴務壓穩蘭優質環農糧數據鏈縣網級標準傳統補貼醫療衛護養兒歲齡陽陰島灣麗輸運營濕熱雲龍鳳")

errors = []
warnings = []


def err(msg):
    errors.append(msg)


def check_targets(name, text, records):
    if not isinstance(records, list):
        err(f"{name}: targets must be a JSON array")
        return 0
    for i, r in enumerate(records):
        where = f"{name}[{i}]"
        for f in FIELDS:
            if f not in r:
                err(f"{where}: missing field {f}")
        extra = set(r) - set(FIELDS) - {"reference", "optional"}
        if extra:
            err(f"{where}: unexpected fields {sorted(extra)}")
        s = r.get("sentence", "")
        n = text.count(s) if s else 0
        if n == 0:
            err(f"{where}: sentence not in text: {s!r}")
        elif n > 1:
            warnings.append(f"{where}: sentence occurs {n} times: {s!r}")
        q = r.get("qualifier")
        if q not in QUALIFIERS:
            err(f"{where}: bad qualifier {q!r}")
        if r.get("kind") not in KINDS:
            err(f"{where}: bad kind {r.get('kind')!r}")
        v = r.get("value")
        if q == "range":
            if not (isinstance(v, list) and len(v) == 2 and all(isinstance(x, (int, float)) for x in v) and v[0] < v[1]):
                err(f"{where}: range needs [lo, hi], got {v!r}")
        elif v is None:
            if not r.get("reference"):
                err(f"{where}: null value needs a reference")
        elif not isinstance(v, (int, float)) or isinstance(v, bool):
            err(f"{where}: value must be a number, got {v!r}")
        if v is not None and not r.get("unit") and not r.get("optional"):
            err(f"{where}: numeric value without unit (allowed only on optional records)")
        y = r.get("year")
        if y is not None and not (isinstance(y, str) and (len(y) == 4 or (len(y) == 9 and y[4] == "-"))):
            err(f"{where}: bad year {y!r}")
        if "optional" in r and r["optional"] is not True:
            err(f"{where}: optional must be true when present")
    return len(records)


def check_entities(name, text, doc):
    ents = doc.get("entities")
    if not isinstance(ents, list):
        err(f"{name}: 'entities' must be a list")
        return 0
    seen = set()
    for e in ents:
        t, ty = e.get("text"), e.get("type")
        if ty not in TYPES:
            err(f"{name}: bad type {ty!r} for {t!r}")
        if not t or t not in text:
            err(f"{name}: entity not in text: {t!r}")
        if t in seen:
            err(f"{name}: duplicate entity {t!r}")
        seen.add(t)
    for o in doc.get("optional", []):
        if o not in text:
            err(f"{name}: optional not in text: {o!r}")
        if o in seen:
            err(f"{name}: {o!r} is both an entity and optional")
    return len(ents)


def load(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError) as exc:
        err(f"{path}: {exc}")
        return None


def check_doc(txt_path, gold_dir, own_text=True, only_existing=False, entities=True):
    base = os.path.splitext(os.path.basename(txt_path))[0]
    with open(txt_path, encoding="utf-8") as f:
        text = f.read()
    if own_text:
        trad = sorted({c for c in text if c in TRADITIONAL})
        if trad:
            err(f"{base}: Traditional characters {''.join(trad)}")
    counts = {"chars": len(text)}
    tp = os.path.join(gold_dir, base + ".targets.json")
    t = load(tp) if not only_existing or os.path.exists(tp) else None
    if t is not None:
        counts["targets"] = check_targets(base, text, t)
        counts["actual"] = sum(1 for r in t if r.get("kind") == "actual")
        counts["optional"] = sum(1 for r in t if r.get("optional"))
    ep = os.path.join(gold_dir, base + ".entities.json")
    e = load(ep) if entities and (not only_existing or os.path.exists(ep)) else None
    if e is not None:
        counts["entities"] = check_entities(base, text, e)
    print(f"{base}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))


def check_expected(diff_dir, name="expected.json", root=None):
    """root: the directory exp["old"]/exp["new"] are relative to (default: diff_dir)."""
    exp = load(os.path.join(diff_dir, name))
    if exp is None:
        return
    texts = {}
    for key in ("old", "new"):
        with open(os.path.join(root or diff_dir, exp[key]), encoding="utf-8") as f:
            texts[key] = f.read()
    statuses = {"raised", "lowered", "unchanged", "requalified", "added", "dropped"}
    for p in exp.get("pairs", []):
        if p.get("status") not in statuses:
            err(f"expected.json: bad status {p.get('status')!r}")
        for key in ("old", "new"):
            side = p.get(key)
            if side and side["sentence"] not in texts[key]:
                err(f"expected.json: {key} sentence not in text: {side['sentence']!r}")
    for j in exp.get("judgements", []):
        if j["target"]["sentence"] not in texts["old"] or j["actual"]["sentence"] not in texts["new"]:
            err(f"{name}: judgement sentences not in texts for {j['indicator']!r}")
    for s in exp.get("not_targets", []):
        if s not in texts["old"]:
            err(f"{name}: not_targets sentence not in the old text: {s!r}")
    print(f"{name}: pairs {len(exp.get('pairs', []))}, judgements {len(exp.get('judgements', []))}")


GENRES = {"work-report", "report-news", "interpretation", "digest", "statistical-communique", "budget-report", "plan", "other"}


def check_documents(path, root, texts):
    """documents.expected.json: every listed file exists, has a genre and a year; every text is listed."""
    exp = load(path)
    if exp is None:
        return
    listed = set()
    for d in exp.get("documents", []):
        f = d.get("file", "")
        listed.add(f)
        if not os.path.exists(os.path.join(root, f)):
            err(f"documents.expected.json: no such file {f!r}")
        if d.get("genre") not in GENRES:
            err(f"documents.expected.json: bad genre {d.get('genre')!r} for {f!r}")
        y = d.get("year")
        if y is not None and not (isinstance(y, str) and len(y) == 4 and y.isdigit()):
            err(f"documents.expected.json: bad year {y!r} for {f!r}")
        if not d.get("jurisdiction"):
            err(f"documents.expected.json: no jurisdiction for {f!r}")
    for t in texts:
        if os.path.relpath(t, root) not in listed:
            err(f"documents.expected.json: {os.path.relpath(t, root)!r} is not listed")
    print(f"documents.expected.json: documents {len(listed)}")


def main():
    seed = os.path.join(HERE, "zhuzhou-2021-report-interpretation.txt")
    if os.path.exists(seed):
        check_doc(seed, os.path.join(HERE, "gold"), own_text=False)
    reports = os.path.join(HERE, "reports")
    for name in sorted(os.listdir(reports)) if os.path.isdir(reports) else []:
        if name.endswith(".txt"):
            check_doc(os.path.join(reports, name), os.path.join(HERE, "gold"))
    diff = os.path.join(HERE, "diff")
    if os.path.isdir(diff):
        for name in sorted(os.listdir(diff)):
            if name.endswith(".txt"):
                check_doc(os.path.join(diff, name), diff)
        check_expected(diff)
    root = os.path.dirname(HERE)
    heldout = os.path.join(root, "Tests", "ZhExtractTests", "Corpus", "heldout")
    texts = [os.path.join(d, n) for d in (reports, diff) if os.path.isdir(d) for n in sorted(os.listdir(d)) if n.endswith(".txt")]
    if os.path.isdir(heldout):
        for name in sorted(os.listdir(heldout)):
            if name.endswith(".txt"):
                check_doc(os.path.join(heldout, name), heldout, only_existing=True)
                texts.append(os.path.join(heldout, name))
            elif name.endswith(".diff-expected.json"):
                check_expected(heldout, name, root=root)
        if os.path.exists(os.path.join(heldout, "documents.expected.json")):
            check_documents(os.path.join(heldout, "documents.expected.json"), root, texts)
    panel = os.path.join(HERE, "panel")  # target gold only (the panel's corpus); expected-panel.json checked by the tests
    if os.path.isdir(panel):
        for name in sorted(os.listdir(panel)):
            if name.endswith(".txt"):
                check_doc(os.path.join(panel, name), panel, entities=False)
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
