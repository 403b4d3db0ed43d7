#!/usr/bin/env bash
# Builds an archive of Corpus/panel with `zhmine batch`, renders `zhmine panel --format html` and
# takes a screenshot of the page with headless Chromium (Debian's `chromium`), recording Chromium's
# network log to show that the page requests nothing (no http/https URL in the log).
#
#   scripts/panel-screenshot.sh [ZHMINE_BINARY] [OUT.png]
#
# Defaults: .build/release/zhmine and Benchmarks/panel/panel-screenshot.png. Needs chromium and a
# CJK font (apt-get install -y chromium fonts-wqy-microhei).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
zhmine="${1:-$root/.build/release/zhmine}"
out="${2:-$root/Benchmarks/panel/panel-screenshot.png}"
browser="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$browser" ]; then
  echo "panel-screenshot: no chromium on PATH; install it with: apt-get install -y chromium fonts-wqy-microhei" >&2
  exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export ZHMINE_DICTIONARIES="$root/Dictionaries"
"$zhmine" batch "$root/Corpus/panel" --db "$work/panel.sqlite" 2>/dev/null
"$zhmine" panel "$work/panel.sqlite" --indicator gdp_growth --indicator cpi \
  --indicator urban_surveyed_unemployment --indicator new_urban_jobs --format html --out "$work/panel.html"

mkdir -p "$(dirname "$out")"
# --no-sandbox: chromium refuses to run as root with its sandbox; the page is our own file.
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
  --user-data-dir="$work/profile" --window-size=1280,1800 --log-net-log="$work/net.json" \
  --screenshot="$out" "file://$work/panel.html" >/dev/null 2>&1
test -s "$out"
requests=$(grep -o '"url":"https\?://[^"]*"' "$work/net.json" | grep -v 'chrome\|google\|gstatic' | sort -u || true)
if [ -n "$requests" ]; then echo "panel-screenshot: the page made requests:" >&2; echo "$requests" >&2; exit 1; fi
echo "$out (no http/https request from the page in Chromium's net log)"
