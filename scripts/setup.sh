#!/usr/bin/env bash
# Installs what ZhMine needs to build and test on Debian/Ubuntu, when it is missing:
#   libicu-dev, pkg-config   ICU (the text layer and the embedded general lexicon)
#   python3-jieba            jieba's dict.txt, read as data by the lexicon build (optional, improves accuracy)
#   libsqlite3-dev, sqlite3  the SQLite archive of `zhmine batch`
#   libpoppler-cpp-dev       PDF text (the CPDF shim), found with pkg-config (poppler-cpp)
#   poppler-data             the CJK CMaps (UniGB-UCS2-H …) that Chinese PDFs without embedded fonts need
# As root it runs apt-get; otherwise it prints the exact command and stops.
set -euo pipefail

need=()
have_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
for pkg in libicu-dev pkg-config python3-jieba libsqlite3-dev sqlite3 libpoppler-cpp-dev poppler-data; do
  have_pkg "$pkg" || need+=("$pkg")
done

if ! command -v swift >/dev/null 2>&1; then
  echo "setup: no Swift toolchain on PATH (ZhMine needs Swift 6); install it from swift.org first" >&2
  exit 1
fi

if [ ${#need[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "setup: missing ${need[*]} and no apt-get here; install ICU (icu4c) and pkg-config with your package manager" >&2
    exit 1
  fi
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup: missing packages; run:  sudo apt-get update && sudo apt-get install -y ${need[*]}" >&2
    exit 1
  fi
  echo "setup: installing ${need[*]}" >&2
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

pkg-config --exists icu-uc icu-i18n || { echo "setup: pkg-config cannot find ICU (icu-uc icu-i18n)" >&2; exit 1; }
pkg-config --exists poppler-cpp || { echo "setup: pkg-config cannot find poppler-cpp (libpoppler-cpp-dev)" >&2; exit 1; }
echo "setup: ICU $(pkg-config --modversion icu-uc), poppler $(pkg-config --modversion poppler-cpp), Swift $(swift --version 2>/dev/null | head -1 | sed 's/.*version \([0-9.]*\).*/\1/')" >&2
