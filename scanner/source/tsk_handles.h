// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// RAII owners for the libtsk (The Sleuth Kit 4.11) handles. Every TSK object the source layer
// opens is held by one of these, so an exception on any path closes what was opened.

#include "common/core_text.h"

#include <QString>
#include <memory>
#include <tsk/libtsk.h>

namespace urs {

struct TskImgCloser {
    void operator()(TSK_IMG_INFO *p) const { tsk_img_close(p); }
};
struct TskVsCloser {
    void operator()(TSK_VS_INFO *p) const { tsk_vs_close(p); }
};
struct TskFsCloser {
    void operator()(TSK_FS_INFO *p) const { tsk_fs_close(p); }
};
struct TskFileCloser {
    void operator()(TSK_FS_FILE *p) const { tsk_fs_file_close(p); }
};
struct TskDirCloser {
    void operator()(TSK_FS_DIR *p) const { tsk_fs_dir_close(p); }
};

using TskImgPtr = std::unique_ptr<TSK_IMG_INFO, TskImgCloser>;
// The image is shared by the source and every volume opened from it (a volume may outlive the
// source that made it); each file system handle keeps its image alive.
using TskImgShared = std::shared_ptr<TSK_IMG_INFO>;
using TskVsPtr = std::unique_ptr<TSK_VS_INFO, TskVsCloser>;
using TskFsPtr = std::unique_ptr<TSK_FS_INFO, TskFsCloser>;
using TskFilePtr = std::unique_ptr<TSK_FS_FILE, TskFileCloser>;
using TskDirPtr = std::unique_ptr<TSK_FS_DIR, TskDirCloser>;

inline TskImgShared shareImage(TskImgPtr img)
{
    return TskImgShared(img.release(), TskImgCloser {});
}

// The last libtsk error of this thread (libtsk keeps it thread-local), then clears it. Used to
// give ScanError messages the library's own reason, on one line: some of libtsk's span several
// ("Incorrect update sequence value in MFT entry\nSignature Value: ..."), which would break the
// one-line messages and the tab-separated failed-scans.log.
inline QString takeTskError()
{
    const char *text = tsk_error_get();
    QString out = text ? QString::fromUtf8(text).simplified() : QString();
    tsk_error_reset();
    return out.isEmpty() ? coreText("no detail from libtsk") : out;
}

} // namespace urs
