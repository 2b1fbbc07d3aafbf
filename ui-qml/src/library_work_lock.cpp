// SPDX-License-Identifier: GPL-3.0-or-later
#include "library_work_lock.h"

namespace urs::ui {

QReadWriteLock &libraryWorkLock()
{
    static QReadWriteLock lock;
    return lock;
}

} // namespace urs::ui
