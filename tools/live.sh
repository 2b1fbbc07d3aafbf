#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The bootable USB stick: build the image, and boot-test it in QEMU. Runs as root.
#
#   tools/live.sh build    builds build-live/upgrade-scanner.img (the app in Release mode first)
#   tools/live.sh test     boots the image (built or reused) with UEFI and with legacy BIOS in
#                          batch mode against a test Windows disk; checks the reports, the
#                          Windows disk's SHA-256 and saves screenshots (docs/screenshots/live-*)
#   tools/live.sh netboot-test
#                          boots the same system over the network (iPXE, HTTP, an SMB share for
#                          the reports) in QEMU; run after `test`
#
# Environment: URS_LIVE_APP_BUILD=DIR reuses an existing build of the app instead of building
# build-live-app; URS_LIVE_REBUILD=1 makes `test` build a new image even when one exists.
# The recipe itself is media/live/build-image.sh; media/live/README.md explains it.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
out="$repo/build-live"
cmd=${1:-}

build_image() {
  bash "$repo/tools/setup.sh" --live
  local app_build=${URS_LIVE_APP_BUILD:-$repo/build-live-app}
  if [ -z "${URS_LIVE_APP_BUILD:-}" ]; then
    echo "live: building the scanner (Release, no tests) in $app_build"
    BUILD_TYPE=Release bash "$repo/tools/build.sh" "$app_build" -DURS_BUILD_TESTS=OFF -DURS_BUILD_UI=ON \
      -DCMAKE_INSTALL_PREFIX=/usr
  fi
  rm -rf "$out/stage"
  DESTDIR="$out/stage" cmake --install "$app_build" --prefix /usr --strip >/dev/null
  local start=$SECONDS
  bash "$repo/media/live/build-image.sh" "$out" "$out/stage"
  echo "live: image built in $((SECONDS - start)) s"
}

case "$cmd" in
  build) build_image ;;
  test)
    if [ ! -f "$out/upgrade-scanner.img" ] || [ "${URS_LIVE_REBUILD:-0}" = 1 ]; then build_image; fi
    bash "$repo/tools/setup.sh" --live
    bash "$repo/media/live/test/boot-test.sh" "$out" ;;
  netboot-test)
    bash "$repo/tools/setup.sh" --live
    bash "$repo/media/live/test/netboot-test.sh" "$out" ;;
  *) sed -n '3,15p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
