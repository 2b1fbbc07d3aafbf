// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QReadWriteLock>

namespace urs::ui {

// The app runs library work on several threads at once (disk previews, the target list, the
// scan, the export, the fleet list). They all log through urs::log(). ScanLogCapture adds and
// removes a sink on that logger, and spdlog's sink list is not safe to change while another
// thread logs (spdlog::logger::sinks() hands out the vector itself). So background library
// work holds this lock shared, and the scan holds it exclusively only while it attaches and
// detaches its log capture.
QReadWriteLock &libraryWorkLock();

} // namespace urs::ui
