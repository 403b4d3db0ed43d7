"""zhmine from Python next to jieba and rjieba, in one process, interleaved rounds.

    Benchmarks/python/run.sh [--copies 4] [--rounds 5] [--cli PATH] [--segment-only]

Segmentation: zhmine.lcut, jieba.lcut and rjieba.cut over the same text (the SIGHAN PKU test
text × copies when ../shared/sighan is present, else the Corpus documents concatenated), each
peer's default settings (HMM on), one untimed warm-up call each (dictionary loading), then
`rounds` rounds in which every peer runs once in turn; the median wall time per peer. Then the
same text one line per call (jieba's common use), CPU time per line.
Extraction: zhmine.extract per Corpus document (median of rounds), next to a `zhmine extract`
subprocess per document (what a Python user ran before the package).
"""

import argparse
import glob
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def timed(function, *args):
    """Wall seconds of one call (and its result)."""
    start = time.perf_counter()
    result = function(*args)
    return time.perf_counter() - start, result


def cpu_timed(function, *args):
    """(wall s, CPU s of this process, result): every peer is single-threaded, so CPU time is the
    fair measure on a loaded machine, where wall time includes waiting for a core."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = function(*args)
    return time.perf_counter() - wall, time.process_time() - cpu, result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--cli", default=str(ROOT / ".build-test/release/zhmine"))
    parser.add_argument("--segment-only", action="store_true", help="skip the zhmine.extract table")
    args = parser.parse_args()

    import jieba
    import rjieba

    import zhmine

    jieba.setLogLevel(60)
    pku = ROOT.parent / "shared" / "sighan" / "pku_test.utf8"
    if pku.exists():
        base, source = pku.read_text(encoding="utf-8"), f"{pku.name} × {args.copies}"
    else:
        base = "\n".join(Path(p).read_text(encoding="utf-8") for p in sorted(glob.glob(str(ROOT / "Corpus/**/*.txt"), recursive=True)))
        source = f"Corpus × {args.copies}"
    text = base * args.copies
    megabytes = len(text.encode("utf-8")) / 1e6
    print(f"text: {source}, {len(text)} characters, {megabytes:.2f} MB UTF-8; "
          f"load average {os.getloadavg()[0]:.1f}; Python {sys.version.split()[0]}")

    peers = {
        "zhmine.lcut": zhmine.lcut,
        "jieba.lcut": jieba.lcut,
        "rjieba.cut": rjieba.cut,
    }
    warm = {}
    for name, function in peers.items():
        warm[name], _ = timed(function, "株洲市推进中国动力谷建设")
    times = {name: [] for name in peers}
    cpus = {name: [] for name in peers}
    tokens = {}
    for _ in range(args.rounds):
        for name, function in peers.items():
            wall, cpu, result = cpu_timed(function, text)
            times[name].append(wall)
            cpus[name].append(cpu)
            tokens[name] = len(result)
    zh, zh_cpu = statistics.median(times["zhmine.lcut"]), statistics.median(cpus["zhmine.lcut"])
    print("\n| peer | first call (load) s | median wall s | median CPU s | MB/s (CPU) | tokens | zhmine.lcut × faster (wall) | × faster (CPU) |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for name in peers:
        m, c = statistics.median(times[name]), statistics.median(cpus[name])
        print(f"| {name} | {warm[name]:.2f} | {m:.3f} | {c:.3f} | {megabytes / c:.1f} | {tokens[name]} | "
              f"{'—' if name == 'zhmine.lcut' else f'{m / zh:.2f}'} | {'—' if name == 'zhmine.lcut' else f'{c / zh_cpu:.2f}'} |")
    print("(CPU s per round: " + "; ".join(f"{n} " + " ".join(f"{t:.3f}" for t in ts) for n, ts in cpus.items()) + ")")

    # The same text one line per call (how jieba is often used: a sentence or a line at a time).
    lines = [line for line in base.split("\n") if line]
    def per_line(function):
        return lambda: sum(len(function(line)) for line in lines)
    line_cpus = {name: [] for name in peers}
    for _ in range(args.rounds):
        for name, function in peers.items():
            _, cpu, _ = cpu_timed(per_line(function))
            line_cpus[name].append(cpu)
    zh_line = statistics.median(line_cpus["zhmine.lcut"])
    print(f"\nOne call per line ({len(lines)} lines of one copy):\n")
    print("| peer | median CPU s | µs per line | zhmine.lcut × faster (CPU) |")
    print("| --- | --- | --- | --- |")
    for name in peers:
        c = statistics.median(line_cpus[name])
        print(f"| {name} | {c:.3f} | {c / len(lines) * 1e6:.1f} | {'—' if name == 'zhmine.lcut' else f'{c / zh_line:.2f}'} |")

    if args.segment_only:
        return
    documents = sorted(glob.glob(str(ROOT / "Corpus/**/*.txt"), recursive=True))
    print("\n| document | characters | targets | zhmine.extract ms (median) | `zhmine extract` subprocess ms |")
    print("| --- | --- | --- | --- | --- |")
    have_cli = Path(args.cli).exists()
    total_in, total_sub = 0.0, 0.0
    for path in documents:
        body = zhmine.read(path)
        runs, subs = [], []
        for _ in range(args.rounds):
            seconds, records = timed(zhmine.extract, body)
            runs.append(seconds)
            if have_cli:
                command = [args.cli, "extract", path]
                subs.append(timed(lambda: subprocess.run(command, capture_output=True, check=True))[0])
        m = statistics.median(runs)
        s = statistics.median(subs) if subs else float("nan")
        total_in += m
        total_sub += s
        print(f"| {os.path.relpath(path, ROOT)} | {len(body)} | {len(records)} | {m * 1000:.1f} | {s * 1000:.1f} |")
    print(f"| all {len(documents)} | | | {total_in * 1000:.1f} | {total_sub * 1000:.1f} |")


if __name__ == "__main__":
    main()
