#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One pass over the disk: the bytes the app's whole flow reads (describe the source, preview,
# list the targets, scan, write the report) against one `report` run, on the bundled sample.
# Exits non-zero when the ratio is above 1.2.
#   tools/bench-session-io.sh [BUILD_DIR] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
runs=${2:-3}
cmake --build "$build" --target bench_session_io sample >/dev/null
"$build/tests/bench/bench_session_io" --source "$build/sample/sample-disk.img" \
    --hardware-root tests/data/hardware/laptop-2014 --rules rules --runs "$runs"
