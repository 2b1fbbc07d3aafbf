#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmark of the scan: builds realistic images — a 60 GB sparse GPT disk whose NTFS
# volume holds a SYNTHETIC SOFTWARE hive made with hivex's write API and the REAL Windows 8.1
# SYSTEM hive — then times `upgrade-scan facts --json` over several runs and prints wall time and
# peak memory. Two hive sizes: "typical" (~73,000 keys, about
# 42 MB) and "large" (~220,000 keys, about 70 MB).
#
#   tools/bench-scan.sh [BUILD_DIR] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
RUNS=${2:-5}
HIVES=tests/data/hives/real
cmake --build "$BUILD" --target upgrade-scan make-synthetic-software bench-scan >/dev/null

source tests/fixtures/images/image-lib.sh
OUT=$BUILD/bench-scan
mkdir -p "$OUT"

bench_image() { # NAME CLSID_COUNT
IMG=$OUT/bench-$1.img
if [[ ! -f $IMG ]]; then
    require_fuse
    use_work_dir "$OUT"
    echo "bench: building the $1 synthetic SOFTWARE hive (takes a minute)"
    "$BUILD/tests/bench/make-synthetic-software" "$HIVES/minimal-empty.hive" "$WORK/SOFTWARE" "$2" \
        | sed 's/.*: //' >"$OUT/bench-$1.hive-info"
    echo "$(($(stat -c %s "$WORK/SOFTWARE") / 1024 / 1024)) MB" >>"$OUT/bench-$1.hive-info"
    DISK_MIB=$((60 * 1024))
    WIN_MIB=$((DISK_MIB - 117 - 1))
    gpt_disk "$WORK/disk.img" "$DISK_MIB" "1:1:100:ef00:EFI system partition" \
        "2:101:16:0c01:Microsoft reserved partition" "3:117:$WIN_MIB:0700:Basic data partition"
    new_esp "$WORK/p1" 100 fat32
    place "$WORK/p1" "$WORK/disk.img" "$(mib 1)"
    new_ntfs "$WORK/p3" "$WIN_MIB" Windows $((117 * 2048))
    mount_ntfs "$WORK/p3"
    mkdir -p "$MNT/Windows/System32/config" "$MNT/Users/bench"
    cp "$WORK/SOFTWARE" "$MNT/Windows/System32/config/SOFTWARE"
    xz -dc "$HIVES/win81-x64-SYSTEM.xz" >"$MNT/Windows/System32/config/SYSTEM"
    xz -dc "$HIVES/win81-NTUSER.DAT.xz" >"$MNT/Users/bench/NTUSER.DAT"
    umount "$MNT"
    place "$WORK/p3" "$WORK/disk.img" "$(mib 117)"
    mv "$WORK/disk.img" "$IMG"
    rm -rf "$WORK"
    trap - EXIT
fi
}

for size in "typical 22000" "large 70000"; do
set -- $size
bench_image "$1" "$2"
echo
echo "== $1 SOFTWARE hive ($2 synthetic COM classes)"

echo "SOFTWARE hive: $(paste -sd, "$OUT/bench-$1.hive-info")"
echo "image: $IMG ($(du -h "$IMG" | cut -f1) on disk, $(($(stat -c %s "$IMG") / 1024 / 1024 / 1024)) GB apparent)"
"$BUILD/bin/upgrade-scan" facts --source "$IMG" --hardware-root tests/data/hardware/laptop-2014 --json \
    | python3 -c 'import json,sys; d=json.load(sys.stdin); print("facts read: programs", len(d["windows"]["programs"]), "packages", len(d["windows"]["updates"]["packages"]))' 2>/dev/null || true
"$BUILD/tests/bench/bench-scan" "$RUNS" "$BUILD/bin/upgrade-scan" facts --source "$IMG" \
    --hardware-root tests/data/hardware/laptop-2014 --json
done
