#!/usr/bin/env python3
"""Run the numbers corpus through cn2an and chinese2digits, scored like zhmine.

Usage: python compare.py --corpus PATH --units UNITS.txt [--repeat N]

For each peer we do what a user would do to get value + unit out of a line:
convert the Chinese numerals in the text to Arabic (cn2an.transform(text, "cn2an") /
chinese2digits.takeNumberFromString(text, percentConvert=False)["replacedText"]), then take every Arabic
number with the magnitude and unit written after it (regex over zhmine's unit list,
the same closed class of units). Each line is right when the list of "VALUE UNIT"
items equals the first two fields of every expected item, magnitudes applied on both
sides (6 万人 = 60000 人) (the corpus notation,
see Tests/ZhExtractTests/Corpus/numbers.corpus); `-` means nothing may be found.
Peers produce no qualifier, kind or range, so only this value+unit score applies to them.
"""
import argparse
import re
import time
import warnings
from decimal import Decimal, InvalidOperation


def load_corpus(path):
    lines = []
    with open(path, encoding="utf-8") as f:
        for raw in f:
            raw = raw.rstrip("\n")
            if not raw or raw.startswith("#") or "\t" not in raw:
                continue
            text, expected = raw.split("\t", 1)
            lines.append((text, expected.strip()))
    return lines


PREFIXES = [("万亿", 12), ("千亿", 11), ("百亿", 10), ("十亿", 9), ("千万", 7), ("百万", 6), ("十万", 5),
            ("亿", 8), ("万", 4), ("千", 3), ("百", 2)]


def base_item(value, unit, units):
    """VALUE UNIT with a written magnitude applied: "6 万人" and "60000 人" are the same answer."""
    if unit != "-" and unit not in units:
        for prefix, exponent in PREFIXES:
            rest = unit[len(prefix):]
            if unit.startswith(prefix) and (rest == "" or rest in units):
                try:
                    value = format((Decimal(value) * (Decimal(10) ** exponent)).normalize(), "f")
                except InvalidOperation:
                    return value + " " + unit
                unit = rest or "-"
                break
    return value + " " + unit


def value_unit(notation, units):
    """The scoring key: every item's VALUE and UNIT, magnitudes applied."""
    if notation == "-":
        return "-"
    items = []
    for item in notation.split(" ; "):
        fields = item.split(" ")
        items.append(base_item(fields[0], fields[1] if len(fields) > 1 else "-", units))
    return " ; ".join(items)


MAGNITUDES = ["万亿", "千万", "百万", "十万", "千亿", "百亿", "十亿", "万", "亿", "千", "百"]


def build_pattern(units):
    unit_alt = "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True))
    mag_alt = "|".join(MAGNITUDES)
    # A minus sign only where it cannot be a range dash; a unit (百分点, 千瓦) is tried before a magnitude.
    return re.compile(r"((?:(?<![\d%\w])-)?\d+(?:,\d{3})*(?:\.\d+)?)\s*(?:(" + unit_alt + r")|(" + mag_alt + r")(" + unit_alt + r")?)?")


def canonical(number):
    try:
        d = Decimal(number.replace(",", ""))
    except InvalidOperation:
        return number
    s = format(d.normalize(), "f")
    return s


def extract(pattern, converted):
    items = []
    for m in pattern.finditer(converted):
        unit = m.group(2) or ((m.group(3) or "") + (m.group(4) or ""))
        items.append(canonical(m.group(1)) + " " + (unit or "-"))
    return " ; ".join(items) if items else "-"


def score(name, convert, lines, pattern, repeat, dump, units):
    right = 0
    for text, expected in lines:
        try:
            got = extract(pattern, convert(text))
        except Exception:  # a peer that raises on a line simply gets it wrong
            got = "<error>"
        ok = value_unit(got, units) == value_unit(expected, units)
        if ok:
            right += 1
        if dump is not None:
            dump.write(f"{name}\t{'ok' if ok else 'FAIL'}\t{text}\t{value_unit(expected, units)}\t{value_unit(got, units)}\n")
    t0 = time.perf_counter()
    for _ in range(repeat):
        for text, _ in lines:
            try:
                extract(pattern, convert(text))
            except Exception:
                pass
    elapsed = time.perf_counter() - t0
    rate = len(lines) * repeat / elapsed if elapsed > 0 else float("inf")
    print(f"{name:<15}      n/a    {100 * right / len(lines):7.2f}%   {rate:12.0f}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--units", required=True)
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--dump", help="write every line with each peer's answer to this file")
    args = ap.parse_args()
    warnings.filterwarnings("ignore")   # cn2an warns on every word it cannot read
    lines = load_corpus(args.corpus)
    with open(args.units, encoding="utf-8") as f:
        units = [u.strip() for u in f if u.strip()]
    pattern = build_pattern(units)

    import cn2an
    import chinese2digits as c2d

    def via_cn2an(text):
        return cn2an.transform(text, "cn2an")

    def via_c2d(text):
        # percentConvert=False keeps "8%" as a percent instead of rewriting it to 0.08
        return c2d.takeNumberFromString(text, percentConvert=False)["replacedText"]

    print(f"peers on {args.corpus} ({len(lines)} lines)")
    print("tool           full-rule  value+unit  expressions/s")
    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None
    score("cn2an", via_cn2an, lines, pattern, args.repeat, dump, set(units))
    score("chinese2digits", via_c2d, lines, pattern, args.repeat, dump, set(units))
    if dump is not None:
        dump.close()


if __name__ == "__main__":
    main()
