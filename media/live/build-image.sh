#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the bootable scanner image: one raw disk image for a USB stick that boots on UEFI
# (64-bit with Secure Boot through Debian's signed shim, GRUB and kernel; 32-bit without) and on
# legacy BIOS. See README.md beside this file for the design; tools/live.sh calls this.
#
#   build-image.sh OUT_DIR APP_STAGE_DIR
#
# APP_STAGE_DIR holds the scanner installed with DESTDIR (usr/bin/upgrade-scan-app, ...). Runs as
# root on Debian bookworm with mmdebstrap, squashfs-tools, dosfstools, mtools, fdisk and the GRUB
# and shim packages (tools/setup.sh --live installs them). Writes OUT_DIR/upgrade-scanner.img.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${1:?usage: build-image.sh OUT_DIR APP_STAGE_DIR}
stage=${2:?usage: build-image.sh OUT_DIR APP_STAGE_DIR}
mirror=${URS_LIVE_MIRROR:-}
data_mib=${URS_LIVE_DATA_MIB:-128}

say() { printf 'live: %s\n' "$*"; }
die() { printf 'live: %s\n' "$*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || die "build the image as root (mmdebstrap, chroot and mknod need it)"
[ -x "$stage/usr/bin/upgrade-scan-app" ] || die "$stage/usr/bin/upgrade-scan-app is missing: install the app there first"

mkdir -p "$out"
work="$out/work"
rm -rf "$work"
mkdir -p "$work"/{esp,rootfs}

# The disk signature names the stick's partitions (PARTUUID=<signature>-NN) on the kernel command
# line and in fstab, so the system never looks for itself by label on the machine's own disks.
signature=$(od -An -N4 -tx4 /dev/urandom | tr -d ' ')
[ "$signature" != 00000000 ] || signature=5ca11ed1
esp_serial=$(od -An -N4 -tx4 /dev/urandom | tr -d ' ' | tr a-f A-F)
esp_uuid="${esp_serial:0:4}-${esp_serial:4:4}"
say "disk signature $signature, boot partition $esp_uuid"

# --- 1. the root file system ------------------------------------------------------------------
packages=$(sed -e 's/#.*//' "$here/packages.txt" | tr -s ' \n' ',' | sed -e 's/^,//' -e 's/,$//')
say "mmdebstrap bookworm (this takes a few minutes)"
dpkgopts=()
while read -r pattern; do
  case "$pattern" in ''|'#'*) ;; +*) dpkgopts+=("--dpkgopt=path-include=${pattern#+}") ;; *) dpkgopts+=("--dpkgopt=path-exclude=$pattern") ;; esac
done <"$here/unpack-excludes.txt"
# merged-usr: the layout bookworm expects, without the usrmerge converter (and the Perl it pulls).
mmdebstrap --variant=apt --mode=root --components=main \
  --hook-dir=/usr/share/mmdebstrap/hooks/merged-usr \
  --include="$packages" "${dpkgopts[@]}" \
  --setup-hook='mkdir -p "$1/etc/initramfs-tools"' \
  --setup-hook="cp -a '$here/rootfs/etc/initramfs-tools/.' \"\$1/etc/initramfs-tools/\"" \
  --customize-hook="'$here/customize.sh' \"\$1\" '$stage' '$signature'" \
  bookworm "$work/rootfs" ${mirror:+"$mirror"}

# --- 2. the system partition: squashfs, read-only --------------------------------------------
kernel=$(ls "$work/rootfs"/boot/vmlinuz-* | sort -V | tail -1)
initrd=$(ls "$work/rootfs"/boot/initrd.img-* | sort -V | tail -1)
[ -f "$kernel" ] && [ -f "$initrd" ] || die "no kernel or initramfs in the root file system"
say "squashfs (xz)"
# (mksquashfs 4.5 notes that it cannot store the ACL xattrs systemd puts on /var/log/journal: the
# journal is in RAM on the stick, so they are not needed.)
mksquashfs "$work/rootfs" "$work/system.squashfs" -comp xz -Xbcj x86 -b 1M -noappend -quiet \
  -e boot -wildcards -e 'var/cache/apt/*' -e 'var/lib/apt/lists/*' -e 'tmp/*' >/dev/null

# --- 3. the boot partition: shim, GRUB (x86_64 and i386 EFI), kernel, initramfs ----------------
say "boot partition"
mkdir -p "$work/esp/EFI/BOOT" "$work/esp/boot/grub" "$work/esp/live" "$work/esp/.disk"
# Secure Boot chain: shim (signed by Microsoft's UEFI CA) -> GRUB (signed by Debian) -> kernel
# (signed by Debian). Debian's removable-media GRUB (gcd) finds its root by /.disk/info.
cp /usr/lib/shim/shimx64.efi.signed "$work/esp/EFI/BOOT/BOOTX64.EFI"
cp /usr/lib/shim/mmx64.efi.signed "$work/esp/EFI/BOOT/mmx64.efi"
cp /usr/lib/grub/x86_64-efi-signed/gcdx64.efi.signed "$work/esp/EFI/BOOT/grubx64.efi"
echo "Upgrade readiness scanner $signature" >"$work/esp/.disk/info"
# GRUB does not take comments in a built-in config: they are dropped here.
sed -e "/^#/d" -e "s/@ESP_UUID@/$esp_uuid/g" "$here/boot/early.cfg.in" >"$work/early.cfg"
# 32-bit UEFI (Bay Trail tablets): an unsigned GRUB image; the kernel's EFI mixed mode runs the
# 64-bit kernel from it.
grub_modules="part_msdos part_gpt fat search search_fs_uuid normal configfile linux echo test
  all_video gfxterm gfxmenu font sleep reboot halt chain ls cat"
grub-mkimage -O i386-efi -o "$work/esp/EFI/BOOT/BOOTIA32.EFI" -p /boot/grub -c "$work/early.cfg" \
  $grub_modules efi_gop efi_uga efifwsetup
# Legacy BIOS: core.img sits right after the MBR (sector 1); boot.img's defaults point there.
grub-mkimage -O i386-pc -o "$work/core.img" -p /boot/grub -c "$work/early.cfg" \
  biosdisk $grub_modules vbe vga video_bochs video_cirrus
[ "$(stat -c %s "$work/core.img")" -lt $((2047 * 512)) ] || die "GRUB's core.img does not fit before the first partition"
cp "$kernel" "$work/esp/live/vmlinuz"
cp "$initrd" "$work/esp/live/initrd.img"
sed -e "s/@SIGNATURE@/$signature/g" "$here/boot/grub.cfg.in" >"$work/esp/boot/grub/grub.cfg"
# A technician's (or the boot test's) own kernel parameters go here; grub.cfg reads it.
printf '# Extra kernel parameters, e.g. set urs_extra="urs.batch=1"\nset urs_extra=""\n' >"$work/esp/boot/grub/custom.cfg"
cp /usr/share/grub/unicode.pf2 "$work/esp/boot/grub/" 2>/dev/null || true

# --- 4. the disk -------------------------------------------------------------------------------
mib() { echo $(( ($(stat -c %s "$1") + 1048575) / 1048576 )); }
esp_mib=$(( $(du -sm "$work/esp" | cut -f1) + 16 ))
[ "$esp_mib" -ge 40 ] || esp_mib=40
sys_mib=$(mib "$work/system.squashfs")
esp_start=2048
sys_start=$(( esp_start + esp_mib * 2048 ))
data_start=$(( sys_start + sys_mib * 2048 ))
total_mib=$(( 1 + esp_mib + sys_mib + data_mib ))

say "file systems: boot $esp_mib MiB, system $sys_mib MiB, data $data_mib MiB"
mkfs.vfat -F 32 -s 1 -n UPGRADEBOOT -i "$esp_serial" -C "$work/esp.fat" $((esp_mib * 1024)) >/dev/null
mcopy -s -i "$work/esp.fat" "$work/esp/EFI" "$work/esp/boot" "$work/esp/live" "$work/esp/.disk" ::/
data_serial=$(od -An -N4 -tx4 /dev/urandom | tr -d ' ')
mkfs.vfat -F 32 -n UPGRADESCAN -i "$data_serial" -C "$work/data.fat" $((data_mib * 1024)) >/dev/null
mmd -i "$work/data.fat" ::/reports
mcopy -i "$work/data.fat" "$here/upgradescan.ini" ::/upgradescan.ini
mcopy -i "$work/data.fat" "$here/data-partition-readme.txt" ::/README.txt

img="$out/upgrade-scanner.img"
rm -f "$img"
truncate -s "${total_mib}M" "$img"
# MBR, not GPT: every legacy BIOS boots it, and UEFI takes an MBR partition of type EF as the
# ESP. The data partition is the *first* entry although it lies last on the stick: Windows
# before 10 version 1703 shows only the first partition of a removable drive.
sfdisk --quiet --no-reread --wipe always "$img" <<EOF
label: dos
label-id: 0x$signature
unit: sectors
start=$data_start, size=$((data_mib * 2048)), type=c
start=$esp_start, size=$((esp_mib * 2048)), type=ef, bootable
start=$sys_start, size=$((sys_mib * 2048)), type=83
EOF
dd if="$work/esp.fat" of="$img" bs=1M seek=1 conv=notrunc,sparse status=none
dd if="$work/system.squashfs" of="$img" bs=512 seek=$sys_start conv=notrunc,sparse status=none
dd if="$work/data.fat" of="$img" bs=512 seek=$data_start conv=notrunc,sparse status=none
# GRUB's boot.img in the MBR's code area (the partition table after byte 440 stays), core.img at
# sector 1. The boot drive check is left as grub-mkrescue leaves it for USB sticks that some
# BIOSes present as floppies.
dd if=/usr/lib/grub/i386-pc/boot.img of="$img" bs=440 count=1 conv=notrunc status=none
dd if="$work/core.img" of="$img" bs=512 seek=1 conv=notrunc status=none

cat >"$out/image.env" <<EOF
URS_LIVE_SIGNATURE=$signature
URS_LIVE_ESP_START=$esp_start
URS_LIVE_SYSTEM_START=$sys_start
URS_LIVE_DATA_START=$data_start
URS_LIVE_KERNEL=$(basename "$kernel")
EOF
# The same system for a network boot (netboot/README.md).
rm -rf "$out/netboot" && mkdir -p "$out/netboot"
mv "$work/system.squashfs" "$out/netboot/system.squashfs"
cp "$kernel" "$out/netboot/vmlinuz"
cp "$initrd" "$out/netboot/initrd.img"
cp "$here/netboot/boot.ipxe" "$out/netboot/"
rm -rf "$work"
say "image $img: $(du -m --apparent-size "$img" | cut -f1) MB (boot $esp_mib MiB, system $sys_mib MiB, data $data_mib MiB)"
