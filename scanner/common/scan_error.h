// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <stdexcept>

namespace urs {

// What kind of failure stopped a scan; each maps to one documented exit code.
enum class ScanErrorKind {
    Usage, // exit 2: bad command line
    SourceUnreadable, // exit 3: the image, device or folder cannot be read
    NoWindows, // exit 4: the source holds no readable Windows installation
    RulesInvalid, // exit 5: a rule file failed validation
    ReportWrite, // exit 6: the report could not be written
    Cancelled, // exit 7: the user cancelled the scan
    HiveUnreadable, // exit 8: a registry hive is corrupt or not a Windows NT hive
    Internal, // exit 10: a bug
};

int exitCodeFor(ScanErrorKind kind);

// A failure that ends a scan. It names the input and says what to do, so both faces can show
// it as it is. Failures of a single fact never throw: they make that fact unknown instead.
class ScanError : public std::runtime_error {
public:
    ScanError(ScanErrorKind kind, QString input, QString message, QString whatToDo = {});

    ScanErrorKind kind() const { return m_kind; }
    const QString &input() const { return m_input; }
    const QString &message() const { return m_message; }
    const QString &whatToDo() const { return m_whatToDo; }
    int exitCode() const { return exitCodeFor(m_kind); }
    // "<input>: <message>. <whatToDo>" on one line.
    QString text() const;
    // The same in lang ("en" or "ja"): the message and what to do through CoreText.
    QString text(const QString &lang) const;

private:
    ScanErrorKind m_kind;
    QString m_input;
    QString m_message;
    QString m_whatToDo;
};

} // namespace urs
