// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace urs {

// What a matching log line tells (rules/setup-logs.yaml):
//   Result  the outcome of a setup attempt (result code, often with its extend code); the last
//           match of the newest attempt is the attempt's result
//   Cause   a detail naming what failed (driver, bug check, program, object)
//   Update  a Windows Update or servicing error (WindowsUpdate.log, CBS.log)
enum class LogPatternRole { Result, Cause, Update };

// One line pattern of a setup or update log. The rule data holds it (the knowledge); the Windows
// reader applies it while it streams the logs (the format). Defined here, below both.
struct LogPattern {
    QString id;
    LogPatternRole role = LogPatternRole::Cause;
    // File names it applies to, case-insensitive, '*' any run of characters ("setup*.log").
    QStringList files;
    // Every matching line holds this text, byte for byte: a fast search rules lines out before
    // the expression runs, which keeps a 1 GB log at memory speed.
    QByteArray literal;
    // Case-insensitive; named groups among result, extend, driver, bugcheck, subject.
    QRegularExpression expression;
};

using LogPatterns = QList<LogPattern>;

} // namespace urs
