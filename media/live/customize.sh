#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# mmdebstrap customize hook: runs on the build host with the finished root file system in $1.
#   customize.sh ROOT APP_STAGE_DIR DISK_SIGNATURE
set -euo pipefail
root=$1 stage=$2 signature=$3
here=$(cd "$(dirname "$0")" && pwd)
die() { printf 'live: %s\n' "$*" >&2; exit 1; }

cp -a "$here/rootfs/." "$root/"
cp -a "$stage/." "$root/"

# The stick's data partition is entry 1 of its partition table (see build-image.sh). noauto: the
# kiosk launcher mounts it (after fsck.vfat) once the stick's USB disk has shown up, however long
# that takes, and a network boot has no stick at all.
cat >"$root/etc/fstab" <<FSTAB
# The scanner's own stick: its FAT32 data partition (label UPGRADESCAN), for reports and settings.
# Nothing else is mounted: the machine's disks are read by the scanner itself, read-only.
PARTUUID=$signature-01 /media/UPGRADESCAN vfat noauto,rw,noatime,flush,utf8,umask=0022 0 0
FSTAB

chroot "$root" systemctl enable upgrade-scanner.service upgradescan-selfcheck.service systemd-networkd.service >/dev/null 2>&1
# No login prompt anywhere, no waiting for the network at boot, no periodic jobs.
chroot "$root" systemctl mask getty@.service serial-getty@.service autovt@.service \
  systemd-networkd-wait-online.service apt-daily.timer apt-daily-upgrade.timer \
  e2scrub_all.timer e2scrub_reap.service fstrim.timer systemd-timesyncd.service >/dev/null 2>&1
chroot "$root" passwd -l root >/dev/null
: >"$root/etc/machine-id"
ln -sf /usr/share/zoneinfo/Etc/UTC "$root/etc/localtime"

# Every library the scanner links must be in the image.
missing=$(chroot "$root" sh -c 'ldd /usr/bin/upgrade-scan-app /usr/bin/upgrade-scan' | grep 'not found' || true)
[ -z "$missing" ] || die "libraries missing from the image: $missing (add their packages to packages.txt)"
initramfs_files=$(chroot "$root" sh -c 'lsinitramfs /boot/initrd.img-*')
for f in scripts/upgradescan bin/wget; do
  grep -q "$f\$" <<<"$initramfs_files" || die "the initramfs lacks $f"
done
rm -rf "$root"/var/cache/apt/*.bin "$root"/var/lib/apt/lists/* "$root"/var/log/*.log
