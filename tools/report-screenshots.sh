#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the bundled sample's report (English and Japanese) with headless Chromium into
# docs/screenshots/report-en.png and report-ja.png, so a person can look at what a technician
# hands to the customer. Needs the build and the sample (tools/sample.sh makes both).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for lang in en ja; do
    mkdir -p "$tmp/$lang"
    zip=$("$BUILD/bin/upgrade-scan" report --source "$BUILD/sample/sample-disk.img" \
        --hardware-root tests/data/hardware/laptop-2014 --target all --lang "$lang" \
        --scan-time 2026-11-25T12:00:00Z --out "$tmp/$lang" 2>/dev/null | tail -n 1)
    (cd "$tmp/$lang" && bsdtar -xf "$zip" report.html)
    chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$tmp/profile" --hide-scrollbars --window-size=1200,4200 \
        --screenshot="docs/screenshots/report-$lang.png" "file://$tmp/$lang/report.html" 2>/dev/null
    echo "docs/screenshots/report-$lang.png"
done
