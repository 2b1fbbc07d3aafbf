// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/assessment.h"

#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace urs {

class ReportStrings;

// Plain-text forms shared by the HTML, the CSV and the fleet view, so a value reads the same
// everywhere.
class ReportText {
public:
    // Lists longer than this show their first items and how many more there are.
    static constexpr int kMaxListItems = 5;
    // A fact value for people: strings as they are, lists joined, booleans as yes/no; long
    // values are cut (facts.json keeps them whole).
    static QString value(const QJsonValue &v, const ReportStrings &s);
    // A fact's value: like value(), but byte counts ("*_bytes" facts) also in GB/MB.
    static QString factValue(const QString &fact, const QJsonValue &v, const ReportStrings &s);
    // A fact's value for the customer's page: the words the rule data gives for it ("Legacy BIOS
    // mode (CSM)", not "bios"), else factValue().
    static QString factWords(
        const FactLabels &labels, const QString &fact, const QJsonValue &v, const ReportStrings &s);
    // "windows.build = 9600 (hive SOFTWARE\...)" or "windows.build: unknown (why)"; the core's
    // texts (why, where) in s's language.
    static QString evidence(const Evidence &e, const ReportStrings &s);
    // "2026-11-25 04:00 Pacific Standard Time (UTC-08:00)": a time on the machine's own clock
    // (a QDateTime with its offset); "" when local is invalid.
    static QString localTime(const QDateTime &local, const QString &zoneName, const ReportStrings &s);
    // A time in running text: on the machine's clock when local is valid
    // ("2026 年 10 月 13 日 19:00 Tokyo Standard Time (UTC+09:00)" in Japanese), else in UTC.
    static QString displayTime(
        const QDateTime &utc, const QDateTime &local, const QString &zoneName, const ReportStrings &s);
    // The scan time as the report shows it: on the machine's clock and in UTC, or in UTC alone
    // when the machine's time zone is unknown.
    static QString scanTime(
        const QDateTime &utc, const QDateTime &local, const QString &zoneName, const ReportStrings &s);
    // The display name of a target in the assessment, or its id.
    static QString targetName(const Assessment &a, const QString &targetId, const QString &lang);
};

} // namespace urs
