#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up, builds, makes the bundled sample (a GPT disk image holding Windows 8.1 and a
# captured 2014 laptop) and scans it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
bash tools/build.sh build
cmake --build build --target sample >/dev/null
build/bin/upgrade-scan facts --source build/sample/sample-disk.img --hardware-root tests/data/hardware/laptop-2014
