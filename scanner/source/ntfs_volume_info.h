// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "source/tsk_handles.h"

#include <QString>
#include <optional>

namespace urs {

// Facts about an NTFS volume read from its metafiles through libtsk, without the Windows API.
// Each returns nullopt (and logs why) when the metafile cannot be read; where a caller passes
// problem, it also gets the reason, naming the metafile.

// Free clusters: zero bits of the $Bitmap metafile (MFT record 6), one bit per cluster, counted
// over the volume's clusters only (the bitmap is padded to 8 bytes). Reads the bitmap in 1 MiB
// chunks: a 100 GB volume with 4 KiB clusters has a 3.2 MB bitmap.
std::optional<qint64> countNtfsFreeClusters(TSK_FS_INFO *fs, QString *problem = nullptr);

// The flags of $Volume's (MFT record 3) $VOLUME_INFORMATION attribute (type 0x70), e.g.
// 0x0001 VOLUME_IS_DIRTY.
std::optional<quint16> readNtfsVolumeFlags(TSK_FS_INFO *fs);

// The label from $Volume's $VOLUME_NAME attribute (type 0x60, UTF-16LE).
std::optional<QString> readNtfsLabel(TSK_FS_INFO *fs);

} // namespace urs
