#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Figures for the report: time to write one report beyond the scan (aim < 100 ms),
# the fleet summary over 10,000 reports (aim < 10 s), and the size of a sample report zip.
# usage: tools/bench-report.sh [BUILD_DIR] [REPORTS]
# The 10,000 synthetic reports are generated once into BUILD_DIR/bench-report-fleet and reused.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
reports="${2:-10000}"
if [ ! -f "$build/build.ninja" ] && [ ! -f "$build/Makefile" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DURS_BUILD_UI=OFF >/dev/null
fi
cmake --build "$build" --target bench_report -j2 >/dev/null
"$build/tests/bench/bench_report" --reports "$reports" --fleet-dir "$build/bench-report-fleet" \
  --sample-dir "$build/bench-report-sample"
