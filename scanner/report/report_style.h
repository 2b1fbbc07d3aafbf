// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace urs {

// The style sheet inlined into report.html and fleet.html. No web fonts: a font stack that
// finds the system's fonts, with Japanese faces (Noto Sans CJK JP on Linux, Hiragino on macOS
// and iOS, Yu Gothic and Meiryo on Windows) so both languages render wherever it is opened.
class ReportStyle {
public:
    static QString css();
};

} // namespace urs
