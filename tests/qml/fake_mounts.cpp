// SPDX-License-Identifier: GPL-3.0-or-later
#include "fake_mounts.h"

#include <QDir>
#include <QFile>

namespace urs::ui::test {

namespace {

void write(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(text);
}

} // namespace

QString makeFakeMountsRoot(const QString &root)
{
    // The second stick's mount point has a space, which /proc/mounts writes as \040.
    write(root + "/proc/mounts",
        "sysfs /sys sysfs rw,nosuid 0 0\n"
        "/dev/sr0 /run/live/iso iso9660 ro,relatime 0 0\n"
        "/dev/loop0 /run/live/rootfs/filesystem.squashfs squashfs ro 0 0\n"
        "overlay / overlay rw 0 0\n"
        "/dev/sdb1 /media/UPGRADESCAN vfat rw,relatime,fmask=0022 0 0\n"
        "/dev/sdc1 /media/USB\\040STICK exfat rw,relatime 0 0\n"
        "/dev/nvme0n1p3 /mnt/data ext4 rw,relatime 0 0\n");
    write(root + "/sys/block/sdb/removable", "1\n");
    write(root + "/sys/block/sdb/device/vendor", "SanDisk \n");
    write(root + "/sys/block/sdb/device/model", "Ultra Fit\n");
    QDir().mkpath(root + "/sys/block/sdb/sdb1");
    write(root + "/sys/block/sdc/removable", "1\n");
    QDir().mkpath(root + "/sys/block/sdc/sdc1");
    write(root + "/sys/block/nvme0n1/removable", "0\n");
    QDir().mkpath(root + "/sys/block/nvme0n1/nvme0n1p3");
    write(root + "/sys/block/sr0/removable", "1\n");
    QDir().mkpath(root + "/media/UPGRADESCAN");
    QDir().mkpath(root + "/media/USB STICK");
    QDir().mkpath(root + "/mnt/data");
    return root;
}

} // namespace urs::ui::test
