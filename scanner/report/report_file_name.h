// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QStringList>

namespace urs {

// File names that every stick accepts. FAT32 and exFAT refuse < > : " / \ | ? * and control
// characters, and Windows drops a trailing dot or space (Microsoft, "Naming Files, Paths, and
// Namespaces"); long names are capped at 255 UTF-16 units. We keep well below that so a
// "-17" suffix and a folder path still fit.
class ReportFileName {
public:
    static constexpr int kMaxComponentChars = 40;
    static constexpr int kMaxStemChars = 150;

    // One part of a name: forbidden and control characters become '_', white space becomes
    // '-', leading dots and trailing dots/spaces go, and the part is cut to maxChars without
    // splitting a surrogate pair.
    static QString sanitizeComponent(const QString &part, int maxChars = kMaxComponentChars);
    // parts joined by '_' (empty parts left out), then the UTC time as YYYYMMDDTHHMMSSZ, then ext.
    static QString compose(const QStringList &parts, const QDateTime &timeUtc, const QString &ext);
    // "name.zip" -> "name-2.zip" for n = 2; n <= 1 returns the name unchanged.
    static QString withSuffix(const QString &fileName, int n);
    // True when the name is safe as it is (used by tests and the fleet writer).
    static bool isSafe(const QString &fileName);
};

} // namespace urs
