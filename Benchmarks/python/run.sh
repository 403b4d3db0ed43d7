#!/usr/bin/env bash
# zhmine.lcut vs jieba.lcut vs rjieba.cut in one Python process, and zhmine.extract per document.
#   Benchmarks/python/run.sh [--copies 4] [--rounds 5]      (LIB=path/to/libZhMineC.so to choose the build)
# Creates Benchmarks/.venv (jieba 0.42.1, rjieba 0.2.2 from PyPI, the versions of Benchmarks/segment) once.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
venv="$root/Benchmarks/.venv"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -c "import jieba, rjieba" 2>/dev/null || "$venv/bin/pip" install -q jieba==0.42.1 rjieba==0.2.2
lib=${LIB:-$root/.build-test/release/libZhMineC.so}
[ -f "$lib" ] || { echo "bench: $lib is not built (make test builds it)" >&2; exit 1; }
export ZHMINE_CACHE_DIR=${ZHMINE_CACHE_DIR:-$root/.build-test/lexicon-cache}
ZHMINE_LIBRARY="$lib" PYTHONPATH="$root/python" exec "$venv/bin/python" "$root/Benchmarks/python/bench.py" "$@"
