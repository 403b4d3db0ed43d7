#!/usr/bin/env python3
"""jieba.analyse (TF-IDF and TextRank, from PyPI) next to `zhmine keywords` — a benchmark peer.

Usage (from the repository root, with the venv of Benchmarks/README.md):

    Benchmarks/.venv/bin/python Benchmarks/keywords/jieba_keywords.py compare FILE [--top 20] [--zhmine PATH]
    Benchmarks/.venv/bin/python Benchmarks/keywords/jieba_keywords.py time [--chars 30000] [--repeat 10]

`compare` prints a Markdown table: zhmine TF-IDF, zhmine TextRank, jieba TF-IDF, jieba
TextRank, top N each (jieba with its defaults: extract_tags with no POS filter, textrank
with allowPOS=('ns', 'n', 'vn', 'v')). `time` builds the same 30 000-character report as
`zhmine-bench keywords` (Corpus texts concatenated, repeated, cut) and times both jieba
methods after a warm-up call (dictionary and IDF loading excluded), median of N runs.
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

import jieba
import jieba.analyse

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def corpus_report(chars):
    """Seed, then Corpus/reports/*.txt sorted, joined by newlines, repeated, cut to `chars`."""
    paths = [os.path.join(ROOT, "Corpus", "zhuzhou-2021-report-interpretation.txt")]
    reports = os.path.join(ROOT, "Corpus", "reports")
    paths += [os.path.join(reports, n) for n in sorted(os.listdir(reports)) if n.endswith(".txt")]
    unit = "\n".join(open(p, encoding="utf-8").read() for p in paths)
    text = unit
    while len(text) < chars:
        text += "\n" + unit
    return text[:chars]


def zhmine(binary, path, method, top):
    out = subprocess.run([binary, "keywords", "--method", method, "--top", str(top), "--format", "text", path],
                         check=True, capture_output=True, text=True).stdout
    return [line.split("\t") for line in out.splitlines() if line]


def compare(args):
    text = open(args.file, encoding="utf-8").read()
    columns = [
        ("zhmine TF-IDF", [(w, float(s)) for w, s, _ in zhmine(args.zhmine, args.file, "tfidf", args.top)]),
        ("zhmine TextRank", [(w, float(s)) for w, s, _ in zhmine(args.zhmine, args.file, "textrank", args.top)]),
        ("jieba TF-IDF", jieba.analyse.extract_tags(text, topK=args.top, withWeight=True)),
        ("jieba TextRank", jieba.analyse.textrank(text, topK=args.top, withWeight=True)),
    ]
    print("| # | " + " | ".join(name for name, _ in columns) + " |")
    print("|---|" + "---|" * len(columns))
    for i in range(args.top):
        cells = []
        for _, items in columns:
            cells.append(f"{items[i][0]} {items[i][1]:.3f}" if i < len(items) else "")
        print(f"| {i + 1} | " + " | ".join(cells) + " |")


def timing(args):
    text = corpus_report(args.chars)
    jieba.analyse.extract_tags(text)  # warm-up: loads dict.txt and idf.txt
    jieba.analyse.textrank(text)
    for name, fn in [("tfidf", jieba.analyse.extract_tags), ("textrank", jieba.analyse.textrank)]:
        wall, cpu = [], []
        for _ in range(args.repeat):
            t0, c0 = time.perf_counter(), time.process_time()
            fn(text, topK=20)
            wall.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
        print(f"jieba.analyse {name}, {len(text)} chars ({args.repeat} runs, jieba {jieba.__version__}): "
              f"wall median {statistics.median(wall) * 1e3:.1f} ms (min {min(wall) * 1e3:.1f} ms), "
              f"CPU median {statistics.median(cpu) * 1e3:.1f} ms (min {min(cpu) * 1e3:.1f} ms)")
    t0, c0 = time.perf_counter(), time.process_time()
    jieba.analyse.TFIDF()  # a fresh IDF table load
    print(f"jieba idf.txt load: wall {(time.perf_counter() - t0) * 1e3:.1f} ms, CPU {(time.process_time() - c0) * 1e3:.1f} ms")


def main():
    jieba.setLogLevel(60)
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    c = sub.add_parser("compare")
    c.add_argument("file")
    c.add_argument("--top", type=int, default=20)
    c.add_argument("--zhmine", default=os.path.join(ROOT, ".build", "release", "zhmine"))
    t = sub.add_parser("time")
    t.add_argument("--chars", type=int, default=30000)
    t.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()
    compare(args) if args.command == "compare" else timing(args)


if __name__ == "__main__":
    sys.exit(main())
