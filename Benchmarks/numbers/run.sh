#!/usr/bin/env bash
# Numbers accuracy and speed: zhmine's QuantityRecognizer next to cn2an and chinese2digits.
# Usage: bash Benchmarks/numbers/run.sh [CORPUS]
# Creates Benchmarks/.venv (gitignored) on first use and installs the peers from PyPI.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CORPUS="${1:-$ROOT/Tests/ZhExtractTests/Corpus/numbers.corpus}"
VENV="$ROOT/Benchmarks/.venv"
OUT="$ROOT/Benchmarks/out"
mkdir -p "$OUT"

if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
fi
"$VENV/bin/python" -c "import cn2an, chinese2digits" 2>/dev/null || "$VENV/bin/pip" install -q cn2an chinese2digits

cd "$ROOT"
swift build -c release --product zhmine-bench >/dev/null
BENCH="$(swift build -c release --show-bin-path)/zhmine-bench"
"$BENCH" numbers --units > "$OUT/numbers-units.txt"
"$BENCH" numbers --corpus "$CORPUS"
echo
"$VENV/bin/python" "$ROOT/Benchmarks/numbers/compare.py" --corpus "$CORPUS" --units "$OUT/numbers-units.txt" --dump "$OUT/numbers-peers.tsv"
