#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Remakes the seed corpora tests/fuzz/corpus/<target>/ from the repository's own fixtures (what
# each seed is and where it comes from: tests/fuzz/PROVENANCE.md). The seeds are committed; run
# this only to change them. Needs root and /dev/fuse (an ntfs-3g mount for the NTFS seed), the
# packages of tools/setup.sh, and a build holding upgrade-scan (for the report zip):
#   tests/fuzz/make-seeds.sh [BUILD_DIR]      (default build-fuzz)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
BUILD=${1:-build-fuzz}
CORPUS=$ROOT/tests/fuzz/corpus
HIVES=$ROOT/tests/data/hives/real
MIN_HIVE=$HIVES/minimal-empty.hive
HW=$ROOT/tests/data/hardware
# shellcheck source=tests/fixtures/images/image-lib.sh
source "$ROOT/tests/fixtures/images/image-lib.sh"

cmake --build "$BUILD" --target upgrade-scan >/dev/null
CLI=$BUILD/bin/upgrade-scan
use_work_dir
rm -rf "$CORPUS"
mkdir -p "$CORPUS"/{hive,smbios,acpi,disk,rules,zip,logs}

# --- hive: the SYNTHETIC hives of the hives fixture, hivex's minimal hive and the REAL hives
# under 1 MB decompressed; the others cut to their first 64 KiB (a hive cut short) -------------
bash "$ROOT/tests/fixtures/hives/build-hives.sh" "$WORK/hives" >/dev/null
for h in "$WORK"/hives/*.hive; do cp "$h" "$CORPUS/hive/synthetic-$(basename "$h")"; done
cp "$MIN_HIVE" "$CORPUS/hive/real-minimal-empty.hive"
for n in nt4-SOFTWARE win81-NTUSER.DAT; do xz -dc "$HIVES/$n.xz" >"$CORPUS/hive/real-$n"; done
for n in win81-x64-SYSTEM corrupted-SYSTEM win9x-SYSTEM.DAT; do
    xz -dc "$HIVES/$n.xz" | head -c 65536 >"$CORPUS/hive/real-$n-first64k" || true
done

# --- smbios: one byte (entry point length), the entry point, the DMI table; per captured tree --
for t in "$HW"/*/; do
    name=$(basename "$t")
    ep=$t/sys/firmware/dmi/tables/smbios_entry_point
    dmi=$t/sys/firmware/dmi/tables/DMI
    [[ -f $ep && -f $dmi ]] || continue
    # shellcheck disable=SC2059 # the format is the length byte itself
    { printf "\\x$(printf %02x "$(stat -c %s "$ep")")"; cat "$ep" "$dmi"; } >"$CORPUS/smbios/synthetic-$name"
done

# --- acpi: every ACPI table, UEFI variable and EDID of the captured trees -----------------------
for t in "$HW"/*/; do
    name=$(basename "$t")
    for f in "$t"sys/firmware/acpi/tables/* "$t"sys/firmware/efi/efivars/* "$t"sys/class/drm/*/edid; do
        [[ -f $f && -s $f ]] || continue
        cp "$f" "$CORPUS/acpi/synthetic-$name-$(basename "$(dirname "$f")")-$(basename "$f" | cut -d- -f1)"
    done
done

# --- disk: small disks built with the fixture tools (SYNTHETIC) --------------------------------
require_fuse
HIVE_OUT=$WORK/hives
# gpt-esp-windows: GPT; a FAT ESP with the UEFI BCD store; an NTFS with Windows (minimal hives).
img=$CORPUS/disk/synthetic-gpt-esp-windows.img
truncate -s 1700K "$img"
sgdisk -a 8 -n 1:40:551 -t 1:ef00 -c "1:EFI system partition" -n 2:552:3319 -t 2:0700 \
    -c "2:Basic data partition" "$img" >/dev/null
truncate -s 256K "$WORK/p1"
mkfs.vfat -n SYSTEM "$WORK/p1" >/dev/null
mmd -i "$WORK/p1" ::/EFI ::/EFI/Microsoft ::/EFI/Microsoft/Boot
mcopy -i "$WORK/p1" "$HIVE_OUT/bcd-uefi.hive" ::/EFI/Microsoft/Boot/BCD
echo synthetic >"$WORK/bootmgfw.efi"
mcopy -i "$WORK/p1" "$WORK/bootmgfw.efi" ::/EFI/Microsoft/Boot/bootmgfw.efi
dd if="$WORK/p1" of="$img" bs=512 seek=40 conv=notrunc status=none
truncate -s $((2768 * 512)) "$WORK/p2"
mkntfs -Q -F -q -L Windows -p 552 -H 255 -S 63 "$WORK/p2" >/dev/null 2>&1 || die "mkntfs failed"
ntfs-3g "$WORK/p2" "$MNT"
mkdir -p "$MNT/Windows/System32/config" "$MNT/Users/Tester" "$MNT/\$WINDOWS.~BT/Sources/Panther"
cp "$MIN_HIVE" "$MNT/Windows/System32/config/SOFTWARE"
cp "$MIN_HIVE" "$MNT/Windows/System32/config/SYSTEM"
cp "$MIN_HIVE" "$MNT/Users/Tester/NTUSER.DAT"
printf 'synthetic setup log\r\n' >"$MNT/\$WINDOWS.~BT/Sources/Panther/setupact.log"
umount "$MNT"
dd if="$WORK/p2" of="$img" bs=512 seek=552 conv=notrunc status=none
# mbr-active-fat: MBR; an active FAT partition with the legacy BIOS BCD store (\Boot\BCD).
img=$CORPUS/disk/synthetic-mbr-active-fat.img
truncate -s 320K "$img"
printf 'label: dos\nstart=64, size=576, type=6, bootable\n' | sfdisk -q "$img" >/dev/null
truncate -s 288K "$WORK/p3"
mkfs.vfat -n "SYSTEM" "$WORK/p3" >/dev/null
mmd -i "$WORK/p3" ::/Boot
mcopy -i "$WORK/p3" "$HIVE_OUT/bcd-legacy.hive" ::/Boot/BCD
dd if="$WORK/p3" of="$img" bs=512 seek=64 conv=notrunc status=none
# bare-fat: a lone FAT file system, no partition table.
img=$CORPUS/disk/synthetic-bare-fat.img
truncate -s 128K "$img"
mkfs.vfat -n DATA "$img" >/dev/null
echo synthetic >"$WORK/readme.txt"
mcopy -i "$img" "$WORK/readme.txt" ::/readme.txt
# gpt-bitlocker-mark: GPT with one basic data partition whose boot sector says -FVE-FS-.
img=$CORPUS/disk/synthetic-gpt-bitlocker-mark.img
truncate -s 64K "$img"
sgdisk -a 8 -n 1:40:87 -t 1:0700 "$img" >/dev/null
printf '\xeb\x58\x90-FVE-FS-' | dd of="$img" bs=1 seek=$((40 * 512)) conv=notrunc status=none
printf '\x55\xaa' | dd of="$img" bs=1 seek=$((40 * 512 + 510)) conv=notrunc status=none

# --- rules: every rule file, behind the "#@ <path>" line that names the file it replaces --------
(cd "$ROOT/rules" && find . -name '*.yaml' -printf '%P\n') | sort | while read -r f; do
    { echo "#@ $f"; cat "$ROOT/rules/$f"; } >"$CORPUS/rules/${f//\//-}"
done

# --- zip: a report of the CLI (deflated, as written), the same cut down to report.json and its
# manifest (stored, so mutations reach the JSON) and small hostile zips ---------------------------
src=$WORK/source
mkdir -p "$src/Windows/System32/config" "$src/\$WINDOWS.~BT/Sources/Panther"
cp "$HIVE_OUT/software-81-pro-x64.hive" "$src/Windows/System32/config/SOFTWARE"
cp "$HIVE_OUT/system-81-labconfig.hive" "$src/Windows/System32/config/SYSTEM"
cp "$ROOT"/tests/data/setup-logs/compat-blocks/*setupact.log "$src/\$WINDOWS.~BT/Sources/Panther/setupact.log"
URS_PCI_IDS=$HW/pci.ids "$CLI" report --source "$src" --hardware-root "$HW/laptop-2014" --rules "$ROOT/rules" \
    --scan-time 2026-11-25T12:00:00Z --technician "Seed" --out "$WORK/report" >/dev/null || true
zip=$(find "$WORK/report" -name '*.zip' | head -n 1)
[[ -n $zip ]] || die "upgrade-scan wrote no report zip"
cp "$zip" "$CORPUS/zip/report-cli.zip"
mkdir -p "$WORK/small"
bsdtar -xf "$zip" -C "$WORK/small" report.json
size=$(stat -c %s "$WORK/small/report.json")
sha=$(sha256sum "$WORK/small/report.json" | cut -d' ' -f1)
printf '{"algorithm":"sha256","members":[{"name":"report.json","sha256":"%s","size":%s}],"schema":"upgrade-scan/manifest","schema_version":1}\n' \
    "$sha" "$size" >"$WORK/small/manifest.json"
(cd "$WORK/small" && bsdtar --format zip --options zip:compression=store -cf "$CORPUS/zip/report-stored.zip" \
    report.json manifest.json)
(cd "$WORK/small" && bsdtar --format zip -cf "$CORPUS/zip/empty.zip" --files-from /dev/null)
(cd "$WORK/small" && bsdtar --format zip --options zip:compression=store -s ',^,../,' \
    -cf "$CORPUS/zip/hostile-dotdot.zip" manifest.json)
(cd "$WORK/small" && ln -s /etc/passwd link && bsdtar --format zip -cf "$CORPUS/zip/hostile-symlink.zip" \
    link manifest.json)

# --- logs: the SYNTHETIC setup logs and XML files of tests/data/setup-logs, and setupact.log in
# UTF-16LE with a byte-order mark ------------------------------------------------------------------
for f in "$ROOT"/tests/data/setup-logs/*/*; do
    cp "$f" "$CORPUS/logs/synthetic-$(basename "$(dirname "$f")")-$(basename "$f" | sed 's/.*__//')"
done
{
    printf '\xff\xfe'
    iconv -f UTF-8 -t UTF-16LE "$ROOT"/tests/data/setup-logs/driver-rollback/*Panther__setupact.log
} >"$CORPUS/logs/synthetic-driver-rollback-setupact-utf16le.log"

du -sh "$CORPUS"
for d in "$CORPUS"/*/; do echo "$(basename "$d"): $(find "$d" -type f | wc -l) seeds, $(du -sh "$d" | cut -f1)"; done
