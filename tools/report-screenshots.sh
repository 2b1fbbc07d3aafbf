#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the bundled sample's report (English and Japanese) with headless Chromium, so a person
# can look at what a technician hands to the customer, on screen and on paper:
#   docs/screenshots/report-{en,ja}.png            the page as a browser shows it (1200 px wide)
#   docs/screenshots/report-{en,ja}.pdf            the page printed on A4, as "Print" gives it
#   docs/screenshots/report-{en,ja}-page{1,2}.png  the first pages of that PDF (pdftoppm)
#   docs/screenshots/report-{en,ja}-table-continued.png  the first page a table runs on to, its
#                                                  header row repeated
# Needs the build and the sample (tools/sample.sh makes both), chromium, pdftoppm and pdftotext
# (poppler-utils); tools/setup.sh installs them.
#   tools/report-screenshots.sh [BUILD_DIR]    PAGES=N for more page images (default 2)
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
PAGES=${PAGES:-2}
for tool in chromium pdftoppm; do
    command -v "$tool" >/dev/null || {
        echo "report-screenshots: $tool is missing; run tools/setup.sh as root" >&2
        exit 1
    }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
out=docs/screenshots

# Headless Chromium that fetches nothing of its own. --no-pdf-header-footer leaves out
# Chromium's date, title and address lines; the report's @page rule numbers the pages itself.
chrome() {
    chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$tmp/profile" "$@" 2>/dev/null
}

for lang in en ja; do
    mkdir -p "$tmp/$lang"
    zip=$("$BUILD/bin/upgrade-scan" report --source "$BUILD/sample/sample-disk.img" \
        --hardware-root tests/data/hardware/laptop-2014 --target all --lang "$lang" \
        --scan-time 2026-11-25T12:00:00Z --out "$tmp/$lang" 2>/dev/null | tail -n 1)
    (cd "$tmp/$lang" && bsdtar -xf "$zip" report.html)
    page="file://$tmp/$lang/report.html"
    chrome --hide-scrollbars --window-size=1200,4200 --screenshot="$out/report-$lang.png" "$page"
    echo "$out/report-$lang.png"
    chrome --no-pdf-header-footer --print-to-pdf="$out/report-$lang.pdf" "$page"
    echo "$out/report-$lang.pdf"
    for ((p = 1; p <= PAGES; p++)); do
        pdftoppm -png -r 90 -f "$p" -l "$p" -singlefile "$out/report-$lang.pdf" "$out/report-$lang-page$p"
        echo "$out/report-$lang-page$p.png"
    done
    # The first page that a table runs on to: it opens with a line an earlier page holds, the
    # table's header row, repeated.
    continued=$(pdftotext -layout "$out/report-$lang.pdf" - | awk 'BEGIN { RS = "\f" } {
        n = split($0, lines, "\n"); first = ""
        for (i = 1; i <= n; i++) {
            l = lines[i]; gsub(/[ \t]+/, " ", l); sub(/^ /, "", l); sub(/ $/, "", l)
            if (l == "") continue
            if (first == "") { first = l; if (NR > 1 && (first in seen) && !done) { print NR; done = 1 } }
            seen[l] = 1
        } }')
    if [ -n "$continued" ]; then
        pdftoppm -png -r 90 -f "$continued" -l "$continued" -singlefile "$out/report-$lang.pdf" \
            "$out/report-$lang-table-continued"
        echo "$out/report-$lang-table-continued.png (page $continued)"
    fi
done
