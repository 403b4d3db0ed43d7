#!/usr/bin/env bash
# Renders `zhmine diff --format html` on the two Xiangyang reports of Corpus/diff and takes a
# screenshot of the page with headless Chromium (Debian's `chromium` package), to check the page
# in a real browser and to show it in Benchmarks/README.md.
#
#   scripts/diff-screenshot.sh [ZHMINE_BINARY] [OUT.png]
#
# Defaults: .build/release/zhmine (built with `swift build -c release --product zhmine` when
# missing) and Benchmarks/diff/diff-screenshot.png. Needs chromium and a CJK font
# (apt-get install -y chromium fonts-wqy-microhei); the page itself loads nothing from the network.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
zhmine="${1:-$root/.build/release/zhmine}"
out="${2:-$root/Benchmarks/diff/diff-screenshot.png}"

if [ ! -x "$zhmine" ]; then
  (cd "$root" && swift build -c release --product zhmine)
fi
browser="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$browser" ]; then
  echo "diff-screenshot: no chromium on PATH; install it with: apt-get install -y chromium fonts-wqy-microhei" >&2
  exit 1
fi
if ! fc-list :lang=zh | grep -q .; then
  echo "diff-screenshot: warning: no CJK font installed (apt-get install -y fonts-wqy-microhei); Chinese will show as boxes" >&2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
html="$work/diff.html"
ZHMINE_DICTIONARIES="$root/Dictionaries" "$zhmine" diff \
  "$root/Corpus/diff/xiangyang-2023-work-report.targets.json" \
  "$root/Corpus/diff/xiangyang-2024-work-report.targets.json" \
  --format html --out "$html"

mkdir -p "$(dirname "$out")"
# --no-sandbox: chromium refuses to run as root with its sandbox; the page is our own file.
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
  --user-data-dir="$work/profile" --window-size=1400,2450 \
  --screenshot="$out" "file://$html" >/dev/null 2>&1
test -s "$out"
echo "$out"
