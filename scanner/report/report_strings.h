// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/assessment.h"

#include <QString>
#include <QStringList>

namespace urs {

// The fixed labels of report.html, findings.csv, fleet.html and fleet.csv in the two languages
// the product speaks. Finding texts are not here: they come from the rules (LocalizedText).
class ReportStrings {
public:
    // "en" or "ja"; anything else is refused by the callers before we get here.
    explicit ReportStrings(QString lang);

    const QString &lang() const { return m_lang; }
    // The label for key; a missing key is a programming error and returns the key itself so a
    // test comparing both languages finds it.
    QString text(const char *key) const;
    QString verdict(Verdict v) const;
    QString status(FindingStatus s) const;
    // Byte counts the way Windows Explorer shows them (1 GB = 1024^3 bytes), e.g. "35.2 GB".
    QString bytes(qint64 n) const;
    // "2026-11-25 12:00 UTC"
    QString dateTime(const QDateTime &utc) const;

    static bool isSupported(const QString &lang);
    static QStringList supportedLanguages();
    // Every key, for the test that checks both languages give a text for each.
    static QStringList keys();

private:
    QString m_lang;
};

} // namespace urs
