#!/usr/bin/env python3
"""cn2an's own unit-test expressions as an outside benchmark for `zhmine numbers`.

Usage: python cn2an_expressions.py --zhmine PATH/zhmine [--work DIR] [--show-failures]

Fetches the cn2an distribution from PyPI at run time (`pip download cn2an --no-deps`, into
--work, never into the repository), reads the expression → value tables of its test file
cn2an/cn2an_test.py (strict, normal and smart; the "direct" table maps to strings and is left
out) with `ast` — nothing of cn2an is imported or run — and keeps the expressions of three or
more characters. Each expression is handed alone to `zhmine numbers --format jsonl -`; it is
read whole when zhmine reports exactly one quantity covering the whole expression whose value
in base units (the `normalized` value when there is one, else `value`) equals cn2an's expected
value as a decimal.
"""
import argparse
import ast
import glob
import json
import os
import subprocess
import sys
import tempfile
import zipfile
from decimal import Decimal

TABLES = ["strict_data_dict", "normal_data_dict", "smart_data_dict"]


def fetch_tests(work):
    """The text of cn2an/cn2an_test.py from the wheel pip downloads into `work`."""
    wheels = glob.glob(os.path.join(work, "cn2an-*.whl"))
    if not wheels:
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "cn2an", "--no-deps", "-d", work], check=True)
        wheels = glob.glob(os.path.join(work, "cn2an-*.whl"))
    wheel = sorted(wheels)[-1]
    with zipfile.ZipFile(wheel) as z:
        return os.path.basename(wheel), z.read("cn2an/cn2an_test.py").decode("utf-8")


def tables(source):
    """{table name: {expression: expected value}} for the dict literals assigned in setUp."""
    found = {}
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict):
            target = node.targets[0]
            name = getattr(target, "attr", None) or getattr(target, "id", None)
            if name in TABLES:
                found[name] = {ast.literal_eval(k): ast.literal_eval(v) for k, v in zip(node.value.keys, node.value.values)}
    return found


def zhmine_read(zhmine, expression):
    out = subprocess.run([zhmine, "numbers", "--format", "jsonl", "-"], input=expression.encode("utf-8"),
                         capture_output=True, check=False)
    if out.returncode != 0:
        return None, "exit %d: %s" % (out.returncode, out.stderr.decode("utf-8", "replace").strip())
    records = [json.loads(line, parse_float=Decimal) for line in out.stdout.decode("utf-8").splitlines() if line.strip()]
    return records, None


def judge(records, expression, expected):
    if records is None or len(records) != 1:
        return False
    r = records[0]
    if r.get("start") != 0 or r.get("end") != len(expression):
        return False
    value = (r.get("normalized") or {}).get("value", r.get("value"))
    if isinstance(value, list) or value is None:
        return False
    return Decimal(str(value)) == Decimal(repr(expected))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--zhmine", required=True)
    ap.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "zhmine-cn2an"))
    ap.add_argument("--show-failures", action="store_true")
    args = ap.parse_args()
    os.makedirs(args.work, exist_ok=True)
    wheel, source = fetch_tests(args.work)
    by_table = tables(source)
    seen = set()
    total = right = 0
    for name in TABLES:
        n = ok = 0
        for expression, expected in by_table.get(name, {}).items():
            if len(expression) < 3 or expression in seen:
                continue
            seen.add(expression)
            records, error = zhmine_read(args.zhmine, expression)
            good = judge(records, expression, expected)
            n += 1
            ok += good
            if args.show_failures and not good:
                got = error or " ; ".join("%s %s [%s..%s]" % (r.get("text"), json.dumps(r.get("normalized") or r.get("value"), default=str),
                                                              r.get("start"), r.get("end")) for r in records) or "nothing"
                print("  FAIL %-8s %s = %s  got: %s" % (name.split("_")[0], expression, expected, got))
        print("%-18s %3d / %3d  %.3f" % (name, ok, n, ok / n if n else 0))
        total += n
        right += ok
    print("%-18s %3d / %3d  %.3f   (%s, expressions of 3+ characters)" % ("all", right, total, right / total, wheel))


if __name__ == "__main__":
    main()
