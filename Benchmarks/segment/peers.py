#!/usr/bin/env python3
"""Segmentation peers side by side: jieba, rjieba, jieba-fast-dat, cppjieba, ICU and zhmine.

    python3 Benchmarks/segment/peers.py speed     [--mb 10] [--runs 3] [--zhmine PATH] [--peers a,b]
    python3 Benchmarks/segment/peers.py accuracy  [--zhmine PATH] [--bench PATH] [--peers a,b]
    python3 Benchmarks/segment/peers.py all       (both)

Peers: jieba, rjieba (jieba-rs), jieba-fast-dat (C++ double array, pybind11) and
cppjieba (a C++ program, Benchmarks/segment/cppjieba_segment.cpp, built with g++
against the headers of the cppjieba-py sdist from PyPI on first use) with the HMM
for unknown words on and off, ICU's BreakIterator (`zhmine-bench icu-segment`), and
`zhmine segment --mode accurate` (also `--jobs 2` as zhmine-j2) and `--mode icu`
when the zhmine binary exists (skipped with a message otherwise).

speed: builds a >= MB-megabyte input of report and news text by repeating
Corpus/*.txt, Corpus/reports/*.txt and ../shared/sighan/pku_test.utf8
(written to Benchmarks/out/), runs every peer over it as a whole process
(median of RUNS interleaved runs, after one untimed warm-up) and reports wall
time, MB/s, load time (a separate run over a one-line input: process start and
dictionary initialisation), MB/s without the load, and the child's peak RSS.

accuracy: segments ../shared/sighan/pku_test.utf8 with every peer (one output
line per input line, tokens separated by one space, the SIGHAN format) into
Benchmarks/out/pku-PEER.txt and scores it with `zhmine-bench segscore`
against pku_test_gold.utf8 and pku_training_words.utf8.

Python and these packages serve only as benchmark peers; the product never uses them.
The script runs itself inside Benchmarks/.venv, creating it (pip install jieba
rjieba) when missing.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
SIGHAN = SHARED / "sighan"
VENV = ROOT / "Benchmarks" / ".venv"
OUT = ROOT / "Benchmarks" / "out"
PYTHON_PEERS = ["jieba", "jieba-nohmm", "rjieba", "rjieba-nohmm", "jieba-fast-dat", "jieba-fast-dat-nohmm"]
ALL_PEERS = PYTHON_PEERS + ["cppjieba", "cppjieba-nohmm", "icu", "zhmine", "zhmine-j2", "zhmine-icu", "zhmine-base"]
CPPJIEBA = OUT / "cppjieba"
CPPJIEBA_SDIST = "cppjieba-py==0.0.12"


# --- the venv ---------------------------------------------------------------

def ensure_venv():
    """Re-executes this script with the venv's Python, creating the venv first if needed."""
    venv_python = VENV / "bin" / "python"
    if Path(sys.prefix).resolve() == VENV.resolve():
        return
    if not venv_python.exists():
        print(f"creating {VENV}", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    probe = subprocess.run([str(venv_python), "-c", "import jieba, rjieba, jieba_fast_dat"], capture_output=True)
    if probe.returncode != 0:
        subprocess.run([str(venv_python), "-m", "pip", "install", "--quiet", "jieba", "rjieba", "jieba-fast-dat"], check=True)
    os.execv(str(venv_python), [str(venv_python), str(Path(__file__).resolve())] + sys.argv[1:])


# --- the worker: one peer as a whole process ----------------------------------

def worker(peer, input_path):
    """Segments input_path with a Python peer, writing SIGHAN-format lines to stdout."""
    t0 = time.perf_counter()
    if peer.startswith("rjieba"):
        import rjieba
        hmm = peer == "rjieba"
        rjieba.cut("初始化", hmm=hmm)  # loads the dictionary
        cut = lambda line: rjieba.cut(line, hmm=hmm)
    elif peer.startswith("jieba-fast-dat"):
        import jieba_fast_dat
        jieba_fast_dat.setLogLevel(60)
        jieba_fast_dat.initialize()
        hmm = peer == "jieba-fast-dat"
        cut = lambda line: jieba_fast_dat.cut(line, HMM=hmm)
    else:
        import jieba
        jieba.setLogLevel(60)
        jieba.initialize()
        hmm = peer == "jieba"
        cut = lambda line: jieba.cut(line, HMM=hmm)
    t1 = time.perf_counter()
    out = sys.stdout
    tokens = 0
    with open(input_path, encoding="utf-8", newline="") as f:
        for raw in f:
            line = raw.rstrip("\r\n")
            words = [w for w in cut(line) if not w.isspace()]
            tokens += len(words)
            out.write(" ".join(words))
            out.write("\n")
    out.flush()
    t2 = time.perf_counter()
    print(json.dumps({"init": t1 - t0, "segment": t2 - t1, "tokens": tokens}), file=sys.stderr)


def command(peer, input_path, args):
    """The command line that segments input_path with peer, or None when it is not available."""
    if peer in PYTHON_PEERS:
        return [sys.executable, str(Path(__file__).resolve()), "--worker", peer, str(input_path)]
    if peer == "icu":
        # ICU's BreakIterator through a small Swift driver (PyICU is not available here).
        bench = resolve(args.bench)
        return [str(bench), "icu-segment", str(input_path)] if bench.exists() else None
    if peer.startswith("cppjieba"):
        binary = ensure_cppjieba()
        if binary is None:
            return None
        return [str(binary), str(CPPJIEBA / "dict"), str(input_path)] + (["--no-hmm"] if peer == "cppjieba-nohmm" else [])
    zhmine = resolve(args.zhmine_base if peer == "zhmine-base" else args.zhmine)
    if not zhmine.exists():
        return None
    mode = "icu" if peer == "zhmine-icu" else "accurate"
    jobs = ["--jobs", "2"] if peer == "zhmine-j2" else []
    return [str(zhmine), "segment", str(input_path), "--mode", mode, "--format", "text"] + jobs


def ensure_cppjieba():
    """Builds Benchmarks/out/cppjieba/cppjieba_segment (g++ -O2) from the cppjieba-py sdist's headers."""
    binary = CPPJIEBA / "cppjieba_segment"
    if binary.exists():
        return binary
    import glob
    import shutil
    import tarfile
    CPPJIEBA.mkdir(parents=True, exist_ok=True)
    # The sdist's metadata step imports pybind11 and setuptools: give it both, without build isolation.
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "pybind11", "setuptools", "wheel"], check=True)
    subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:",
                    "--no-build-isolation", CPPJIEBA_SDIST, "-d", str(CPPJIEBA)], check=True)
    sdist = sorted(glob.glob(str(CPPJIEBA / "cppjieba_py-*.tar.gz")))[-1]
    with tarfile.open(sdist) as tar:
        tar.extractall(CPPJIEBA, filter="data")
    source = Path(sdist[: -len(".tar.gz")]) / "cppjieba"
    if (CPPJIEBA / "dict").exists():
        shutil.rmtree(CPPJIEBA / "dict")
    shutil.copytree(source / "dict", CPPJIEBA / "dict")
    # The sdist's MixSegment.hpp has the branch that keeps dictionary words commented out, so
    # with the HMM on it reads words[-1] (heap overflow, crash): restore upstream's branch.
    mix = source / "include" / "cppjieba" / "MixSegment.hpp"
    code = mix.read_text()
    for line in ["if (words[i].left != words[i].right || (words[i].left == words[i].right && "
                 "mpSeg_.IsUserDictSingleChineseWord(words[i].left->rune))) {",
                 "  res.push_back(words[i]);", "  continue;", "}"]:
        code = code.replace("// " + line, line, 1)
    mix.write_text(code)
    driver = Path(__file__).resolve().parent / "cppjieba_segment.cpp"
    built = subprocess.run(["g++", "-O2", "-w", "-std=c++11", f"-I{source / 'include'}", f"-I{source / 'deps'}",
                            "-o", str(binary), str(driver)])
    return binary if built.returncode == 0 else None


def resolve(path):
    path = Path(path)
    return path if path.is_absolute() else ROOT / path


def ensure_bench(args):
    """Builds zhmine-bench (the scorer and the ICU driver) when it is missing."""
    bench = resolve(args.bench)
    if not bench.exists():
        print(f"building {bench}", file=sys.stderr)
        subprocess.run(["swift", "build", "-c", "release", "--product", "zhmine-bench"], cwd=ROOT, check=True)
    return bench


def run_once(cmd, stdout_path=os.devnull):
    """Runs cmd as a child; returns (wall seconds, peak RSS bytes of that child, return code, stderr)."""
    with open(stdout_path, "wb") as out:
        t0 = time.perf_counter()
        child = subprocess.Popen(cmd, stdout=out, stderr=subprocess.PIPE)
        stderr = child.stderr.read()
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - t0
        child.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_maxrss * 1024, child.returncode, stderr.decode("utf-8", "replace")


# --- inputs -----------------------------------------------------------------

def build_input(megabytes):
    """Report and news text: ZhMine's corpus reports, then the PKU test (People's Daily), repeated to >= MB."""
    sources = sorted((ROOT / "Corpus").glob("*.txt")) + sorted((ROOT / "Corpus" / "reports").glob("*.txt"))
    sources.append(SIGHAN / "pku_test.utf8")
    parts = []
    for source in sources:
        text = source.read_bytes().replace(b"\r\n", b"\n")
        parts.append(text if text.endswith(b"\n") else text + b"\n")
    text = b"".join(parts)
    copies = max(1, -(-megabytes * 1024 * 1024 // len(text)))
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"report_news_x{copies}.txt"
    if not path.exists() or path.stat().st_size != len(text) * copies:
        path.write_bytes(text * copies)
    one_line = OUT / "one_line.txt"
    one_line.write_bytes(SIGHAN.joinpath("pku_test.utf8").read_bytes().split(b"\n", 1)[0].rstrip(b"\r") + b"\n")
    return path, one_line


# --- speed ------------------------------------------------------------------

def speed(args, peers):
    big, one_line = build_input(args.mb)
    size = big.stat().st_size
    print(f"input: {big.relative_to(ROOT)}  {size / 1048576:.1f} MB  ({args.runs} interleaved runs, median)")
    available = []
    for peer in peers:
        cmd = command(peer, big, args)
        if cmd is None:
            print(f"  skip {peer}: no binary (build it: swift build -c release --product zhmine; default {args.zhmine})")
            continue
        wall, _, code, err = run_once(command(peer, one_line, args))  # warm-up (jieba writes its cache)
        if code != 0:
            print(f"  skip {peer}: exit {code}: {err.strip().splitlines()[-1] if err.strip() else ''}")
            continue
        available.append(peer)
    walls = {p: [] for p in available}
    loads = {p: [] for p in available}
    rss = {p: [] for p in available}
    inner = {p: [] for p in available}
    for _ in range(args.runs):
        for peer in available:
            wall, _, code, _ = run_once(command(peer, one_line, args))
            loads[peer].append(wall)
        for peer in available:
            wall, peak, code, err = run_once(command(peer, big, args))
            if code != 0:
                print(f"  {peer}: exit {code}: {err.strip()[-300:]}")
                continue
            walls[peer].append(wall)
            rss[peer].append(peak)
            for line in err.splitlines():
                if line.startswith("{"):
                    inner[peer].append(json.loads(line))
    print(f"{'peer':<14}{'wall s':>8}{'MB/s':>8}{'load s':>8}{'MB/s net':>10}{'peak RSS':>11}{'tokens':>10}")
    rows = []
    for peer in available:
        if not walls[peer]:
            continue
        wall = statistics.median(walls[peer])
        load = statistics.median(loads[peer])
        net = max(wall - load, 1e-9)
        peak = max(rss[peer]) / 1048576
        tokens = inner[peer][-1]["tokens"] if inner[peer] else None
        rows.append((peer, wall, size / 1048576 / wall, load, size / 1048576 / net, peak, tokens))
        tok = f"{tokens:>10}" if tokens is not None else f"{'':>10}"
        print(f"{peer:<14}{wall:>8.2f}{size / 1048576 / wall:>8.2f}{load:>8.2f}{size / 1048576 / net:>10.2f}{peak:>9.0f} MB{tok}")
    return rows


# --- accuracy -----------------------------------------------------------------

def accuracy(args, peers):
    test = SIGHAN / "pku_test.utf8"
    gold = SIGHAN / "pku_test_gold.utf8"
    words = SIGHAN / "pku_training_words.utf8"
    bench = ensure_bench(args)
    OUT.mkdir(parents=True, exist_ok=True)
    print(f"PKU test ({test.relative_to(SHARED.parent)}), scored by zhmine-bench segscore against the gold, OOV against pku_training_words")
    print(f"{'peer':<14}{'P':>7}{'R':>7}{'F1':>7}{'OOV rate':>10}{'OOV R':>7}{'IV R':>7}")
    rows = []
    for peer in peers:
        cmd = command(peer, test, args)
        if cmd is None:
            print(f"  skip {peer}: no binary (build it: swift build -c release --product zhmine; default {args.zhmine})")
            continue
        output = OUT / f"pku-{peer}.txt"
        _, _, code, err = run_once(cmd, output)
        if code != 0:
            print(f"  skip {peer}: exit {code}: {err.strip()[-300:]}")
            continue
        scored = subprocess.run([str(bench), "segscore", "--gold", str(gold), "--test", str(output), "--words", str(words)],
                                capture_output=True, text=True)
        values = {}
        for line in scored.stdout.splitlines():
            parts = line.rsplit(None, 1)
            if len(parts) == 2:
                try:
                    values[parts[0].strip()] = float(parts[1])
                except ValueError:
                    pass
        if scored.returncode != 0:
            print(f"  {peer}: {scored.stderr.strip()[:300]}")
        if "F1" not in values:
            continue
        rows.append((peer, values))
        print(f"{peer:<14}{values['precision']:>7.3f}{values['recall']:>7.3f}{values['F1']:>7.3f}"
              f"{values['OOV rate']:>10.3f}{values['OOV recall']:>7.3f}{values['IV recall']:>7.3f}")
    return rows


def main():
    if len(sys.argv) >= 4 and sys.argv[1] == "--worker":
        worker(sys.argv[2], sys.argv[3])
        return
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=["speed", "accuracy", "all"], nargs="?", default="all")
    parser.add_argument("--mb", type=int, default=10, help="size of the speed input in MB (default 10)")
    parser.add_argument("--runs", type=int, default=3, help="interleaved timed runs (default 3)")
    parser.add_argument("--zhmine", default=".build/release/zhmine", help="zhmine binary (default .build/release/zhmine)")
    parser.add_argument("--zhmine-base", default=".build-base/release/zhmine",
                        help="an earlier zhmine binary, peer zhmine-base (before/after in one run)")
    parser.add_argument("--bench", default=".build/release/zhmine-bench", help="zhmine-bench binary for scoring")
    parser.add_argument("--peers", default=",".join(ALL_PEERS), help="comma-separated subset of " + ",".join(ALL_PEERS))
    args = parser.parse_args()
    if not SIGHAN.is_dir():
        sys.exit(f"peers.py: no SIGHAN data at {SIGHAN} (expected ../shared next to the repository)")
    ensure_venv()
    peers = [p for p in args.peers.split(",") if p]
    unknown = [p for p in peers if p not in ALL_PEERS]
    if unknown:
        sys.exit(f"peers.py: unknown peer(s) {', '.join(unknown)}; known: {', '.join(ALL_PEERS)}")
    if "icu" in peers:
        ensure_bench(args)
    if args.mode in ("accuracy", "all"):
        accuracy(args, peers)
    if args.mode in ("speed", "all"):
        if args.mode == "all":
            print()
        speed(args, peers)


if __name__ == "__main__":
    main()
