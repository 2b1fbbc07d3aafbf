// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/log_pattern.h"
#include "windows/setup_logs/log_line_reader.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace urs {

// A line a pattern matched, as the finding quotes it.
struct LogMatch {
    QString patternId;
    LogPatternRole role = LogPatternRole::Cause;
    int precedence = 0; // the pattern's place in rules/setup-logs.yaml (lower wins)
    QString file; // as Windows names it: C:\$WINDOWS.~BT\Sources\Panther\setupact.log
    qint64 line = 0; // 1-based
    QString stamp; // "2016-10-05 15:27:09" as the log wrote it (the machine's local time), or ""
    QString text; // the line, shortened to kMaxQuote characters
    QHash<QString, QString> parts; // result, extend, driver, bugcheck, subject
};

// One code of an update log: how often and where last.
struct UpdateErrorCount {
    int count = 0;
    LogMatch last;
};

// What one log said, in bounded size whatever the log's: the last match of each result pattern,
// the last kMaxCauses causes, a count per update error.
struct LogFileScan {
    QString file;
    qint64 lines = 0;
    qint64 cutLines = 0;
    QString firstStamp; // the first and last time a line carries, "" when none does
    QString lastStamp;
    QList<LogMatch> results;
    QList<LogMatch> causes;
    QMap<QString, UpdateErrorCount> updates; // by result code
};

// Runs the rule data's log patterns over a log as it streams by. Each line is searched for the
// patterns' literals first (an SSE2 search over bytes); only a line that holds one is decoded and given
// to the expressions.
class LogScanner {
public:
    static constexpr int kMaxCauses = 12;
    static constexpr int kMaxQuote = 400;

    explicit LogScanner(const LogPatterns &patterns);
    // fileName chooses the patterns ("setupact.log"); file is what matches name as their source.
    LogFileScan scan(const QString &fileName, const QString &file, LogLineReader &reader) const;
    // Whether any pattern reads a file of this name.
    bool reads(const QString &fileName) const;

private:
    QList<const LogPattern *> patternsFor(const QString &fileName) const;
    const LogPatterns &m_patterns;
};

// "setup*.log" against "SetupAct.log", case-insensitive.
bool fileNameMatches(const QString &wildcard, const QString &fileName);

} // namespace urs
