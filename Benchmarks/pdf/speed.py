#!/usr/bin/env python3
"""PDF reading speed next to poppler's pdftotext: one process a document, rounds interleaved,
median CPU time of the children (getrusage), per document.

    .build-test/release/zhmine-bench targets-pdf --pdf-dir /tmp/heldout-pdf
    python3 Benchmarks/pdf/speed.py /tmp/heldout-pdf [ROUNDS]
"""
import glob
import os
import resource
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ZHMINE = os.path.join(ROOT, ".build-test/release/zhmine")
HELDOUT = os.path.join(ROOT, "Tests/ZhExtractTests/Corpus/heldout")


def cpu(files, command):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    for f in files:
        subprocess.run(command(f), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "/tmp/heldout-pdf"
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    pdfs = sorted(glob.glob(os.path.join(folder, "*.pdf")))
    txts = [os.path.join(HELDOUT, os.path.basename(p)[:-4] + ".txt") for p in pdfs]
    if not pdfs:
        sys.exit(f"no PDFs in {folder}: run zhmine-bench targets-pdf --pdf-dir {folder} first")
    runs = [
        ("pdftotext X.pdf -", pdfs, lambda f: ["pdftotext", f, "-"]),
        ("zhmine text X.pdf", pdfs, lambda f: [ZHMINE, "text", f]),
        ("zhmine text --reflow X.pdf", pdfs, lambda f: [ZHMINE, "text", "--reflow", f]),
        ("zhmine extract X.pdf", pdfs, lambda f: [ZHMINE, "extract", f]),
        ("zhmine text X.txt", txts, lambda f: [ZHMINE, "text", f]),
    ]
    times = {name: [] for name, _, _ in runs}
    for _ in range(rounds):
        for name, files, command in runs:
            times[name].append(cpu(files, command) / len(files))
    print(f"{len(pdfs)} documents, {rounds} rounds interleaved, median CPU a document (load {os.getloadavg()[0]:.1f}):")
    base = sorted(times["pdftotext X.pdf -"])[rounds // 2]
    for name, _, _ in runs:
        m = sorted(times[name])[rounds // 2]
        print(f"  {name:28s} {m * 1000:6.1f} ms  ({m / base:.2f}× pdftotext)")


if __name__ == "__main__":
    main()
