#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up, builds, makes the bundled sample (a 500 GB sparse GPT disk image of a Windows 8.1 Pro
# x64 machine, and the captured hardware of a 2014 laptop) and runs the main job on it: the
# verdicts and findings for every target, then the zipped readiness report. Builds only the
# command-line scanner (no app, no tests). Run as root: it installs packages and mounts NTFS
# with ntfs-3g (FUSE) to build the sample.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=${BUILD_TYPE:-RelWithDebInfo} -DURS_BUILD_TESTS=OFF >/dev/null
cmake --build build -j"$(nproc)" --target upgrade-scan
cmake --build build --target sample >/dev/null
sample=(--source build/sample/sample-disk.img --hardware-root tests/data/hardware/laptop-2014)
# check exits 1 when a target is not ready, which is the sample's honest answer.
build/bin/upgrade-scan check "${sample[@]}" --target all || [ $? -eq 1 ]
mkdir -p build/sample/reports
build/bin/upgrade-scan report "${sample[@]}" --target all --out build/sample/reports
