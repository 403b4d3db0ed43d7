#!/usr/bin/env bash
# `make wheel`: builds dist/zhmine-*.whl with libZhMineC linked against the Swift runtime
# statically (-static-stdlib, scratch .build-wheel), then proves it: installs the wheel
# into a fresh venv and runs it with a PATH that has no Swift toolchain and an empty lexicon cache.
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-python3}
rm -rf python/build dist/zhmine-*.whl
ZHMINE_STATIC_STDLIB=1 "$python" -m pip wheel --no-deps -w dist ./python
wheel=$(ls dist/zhmine-*.whl)
echo "wheel: $wheel ($(du -h "$wheel" | cut -f1))"

check=.build-wheel/check
rm -rf "$check" && "$python" -m venv "$check/venv"
"$check/venv/bin/pip" install -q "$wheel"
lib=$(ls "$check"/venv/lib/python3*/site-packages/zhmine/libZhMineC.*)
if ldd "$lib" | grep -q 'libswift\|libFoundation\|libdispatch'; then
  echo "wheel: $lib still needs the Swift runtime:" >&2; ldd "$lib" >&2; exit 1
fi
echo "wheel: libZhMineC needs only: $(ldd "$lib" | awk '{print $1}' | tr '\n' ' ')"
mkdir -p "$check/cache"
env -i HOME="$PWD/$check" PATH=/usr/bin:/bin ZHMINE_CACHE_DIR="$PWD/$check/cache" sh -c '
  if command -v swift >/dev/null; then echo "wheel: swift is still on PATH" >&2; exit 1; fi
  cd /tmp && "$0" -c "import zhmine, sys; t = zhmine.extract(open(sys.argv[1], encoding=\"utf-8\").read())[0]; print(\"wheel: runs without Swift:\", t.indicator, t.change, t.value, t.unit, \"|\", \" \".join(zhmine.lcut(\"株洲市推进中国动力谷建设\")))" "$1"
' "$PWD/$check/venv/bin/python" "$PWD/Corpus/zhuzhou-2021-report-interpretation.txt"
