#!/usr/bin/env bash
# `make test`'s second half: the C ABI test program and the Python package's pytest suite, both
# against libZhMineC of this commit in BUILD (default .build-test/release, already built by the
# swift build step). Exits non-zero when either fails.
#   scripts/python-test.sh [BUILD_DIR] [pytest args…]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-.build-test/release}
shift || true
case "$(uname)" in Darwin) lib=libZhMineC.dylib ;; *) lib=libZhMineC.so ;; esac
[ -f "$build/$lib" ] || { echo "python-test: $build/$lib is not built (swift build --product ZhMineC first)" >&2; exit 1; }
# The records-equal-the-CLI tests skip without the CLI; under make test (and CI) a missing CLI fails instead.
[ -x "$build/zhmine" ] || { echo "python-test: $build/zhmine is not built: the Python records cannot be checked against the CLI" >&2; exit 1; }
export ZHMINE_CACHE_DIR=${ZHMINE_CACHE_DIR:-$PWD/.build-test/lexicon-cache}

# The C test program links the library like any C client would.
cc -std=c11 -O1 -Wall -Wextra -Werror -I Sources/ZhMineC/include Tests/CABI/zhmine_c_test.c \
   -L "$build" -lZhMineC -Wl,-rpath,"$PWD/$build" -lpthread -o "$build/zhmine_c_test"
"$build/zhmine_c_test"

# pytest and pandas: the interpreter's own when it has both, else a venv under .build-test (pip install).
python=${PYTHON:-python3}
if ! "$python" -c "import pytest, pandas" >/dev/null 2>&1; then
  venv=.build-test/pyvenv
  [ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
  "$venv/bin/python" -m pytest --version >/dev/null 2>&1 || "$venv/bin/pip" install -q pytest
  # pandas for the DataFrame tests (test_frames.py); without it (offline) they skip, with a line saying so.
  "$venv/bin/python" -c "import pandas" 2>/dev/null || "$venv/bin/pip" install -q pandas \
    || echo "python-test: pandas could not be installed: the DataFrame tests skip" >&2
  python=$venv/bin/python
fi
ZHMINE_LIBRARY="$PWD/$build/$lib" ZHMINE_CLI="$PWD/$build/zhmine" PYTHONPATH="$PWD/python${PYTHONPATH:+:$PYTHONPATH}" \
  "$python" -m pytest -q -p no:cacheprovider python/tests "$@"
