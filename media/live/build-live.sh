#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the bootable scanner ISO with Debian's live-build. See README.md beside this file.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
out=${1:-$repo/build-live}

command -v lb >/dev/null || { echo "build-live: install live-build first (apt-get install live-build)" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || { echo "build-live: run as root" >&2; exit 1; }

bash "$repo/tools/build.sh" "$repo/build-release" -DCMAKE_BUILD_TYPE=Release
(cd "$repo/build-release" && cpack -G DEB >/dev/null)

rm -rf "$out" && mkdir -p "$out" && cd "$out"
lb config --distribution bookworm --architectures amd64 --binary-images iso-hybrid \
  --debian-installer none --archive-areas "main" --iso-volume UPGRADE-SCANNER \
  --bootappend-live "boot=live components quiet noautomount" >/dev/null
cp -r "$here/config/." config/
mkdir -p config/packages.chroot
cp "$repo"/build-release/*.deb config/packages.chroot/
lb build
mv live-image-amd64.hybrid.iso upgrade-scanner-amd64.hybrid.iso
echo "$out/upgrade-scanner-amd64.hybrid.iso"
