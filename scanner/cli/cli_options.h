// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/scan_session.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <functional>

namespace urs::cli {

// Options every scanning command shares (--source, --hardware-root, --windows, --json, ...).
class ScanOptionParser {
public:
    explicit ScanOptionParser(const QString &command, const QString &description);
    QCommandLineParser &parser() { return m_parser; }
    const QCommandLineParser &parser() const { return m_parser; }
    // Parses; on --help prints and returns false with *exitCode = 0, on errors returns false
    // with *exitCode = 2 after printing the message.
    bool parse(const QStringList &arguments, int *exitCode);
    SessionOptions sessionOptions() const;
    ScanRequest request() const;
    bool json() const { return m_parser.isSet(QStringLiteral("json")); }
    bool hasSource() const { return m_parser.isSet(QStringLiteral("source")); }

private:
    QString m_command;
    QCommandLineParser m_parser;
};

// Parses a command's arguments (program, command, options): prints parse errors (exit code 2)
// or --help (exit code 0) and returns false then; turns on debug logging for --verbose.
bool parseCommandLine(
    QCommandLineParser &parser, const QString &command, const QStringList &arguments, int *exitCode);

// --lang LANG (en or ja, default en) for what speaks: "the report", "the text".
QCommandLineOption langOption(const QString &what);
// True for a language the report and texts speak; prints the usage error otherwise.
bool checkLang(const QString &command, const QString &lang);

QTextStream &out();
QTextStream &err();

enum class Judge { FactsOnly, WithRules };

// Runs a scan in session with a progress line on stderr when it is a terminal; prints the
// ScanError text and returns its exit code through *exitCode on failure.
std::optional<ScanRecord> runScan(
    ScanSession &session, const ScanRequest &request, Judge judge, int *exitCode);

// Runs body and turns a ScanError (or any other exception) into its message on stderr and the
// documented exit code: the one place the commands map failures to exit codes.
int runGuarded(const std::function<int()> &body);

int runFacts(const QStringList &arguments);
int runList(const QStringList &arguments);
int runCheck(const QStringList &arguments);
int runReport(const QStringList &arguments);
int runFleet(const QStringList &arguments);
int runExplain(const QStringList &arguments);

} // namespace urs::cli
