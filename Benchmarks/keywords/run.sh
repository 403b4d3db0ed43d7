#!/usr/bin/env bash
# Keywords: zhmine's TF-IDF and TextRank next to jieba.analyse (PyPI), lists and speed.
# Usage: bash Benchmarks/keywords/run.sh [FILE...]   (default: the seed and the national 2024 excerpt)
# Creates Benchmarks/.venv (gitignored) on first use and installs jieba from PyPI.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
VENV="$ROOT/Benchmarks/.venv"

if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
fi
"$VENV/bin/python" -c "import jieba" 2>/dev/null || "$VENV/bin/pip" install -q jieba

cd "$ROOT"
swift build -c release --product zhmine >/dev/null
swift build -c release --product zhmine-bench >/dev/null
BIN="$(swift build -c release --show-bin-path)"
if [ "$#" -eq 0 ]; then
    set -- Corpus/zhuzhou-2021-report-interpretation.txt Corpus/reports/national-2024-work-report-excerpt.txt
fi
for file in "$@"; do
    echo "### $file"
    "$VENV/bin/python" Benchmarks/keywords/jieba_keywords.py compare "$file" --zhmine "$BIN/zhmine"
    echo
done
"$BIN/zhmine-bench" keywords
echo
"$VENV/bin/python" Benchmarks/keywords/jieba_keywords.py time
