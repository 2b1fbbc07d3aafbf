// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace urs {

// Whether writing into folder would write to the disk a scan reads (sourcePath, as --source
// names it). Empty when it would not; else why, naming the mount or the folder:
//   - a folder source: folder lies inside it (or inside the volume it is the Windows folder of);
//   - a block device: folder lies on a file system mounted from its disk (the device, the disk
//     it is a partition of, or any partition of that disk);
//   - an image file, or a loop device: folder lies on a file system mounted from a loop device
//     (or one of its partitions) over the same image file.
// Mounts are matched through /proc/self/mountinfo, so FUSE mounts (ntfs-3g) count as kernel
// ones do. folder need not exist yet: its nearest existing parent decides.
QString folderOnSource(const QString &sourcePath, const QString &folder);

// A path field of /proc/self/mountinfo or /proc/mounts as it is: the kernel escapes space, tab,
// newline and backslash as octal (\040, \011, \012, \134); anything else stays as written.
QString unescapeMountField(const QByteArray &field);

} // namespace urs
