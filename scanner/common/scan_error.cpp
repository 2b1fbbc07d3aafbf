// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/scan_error.h"

#include "common/core_text.h"

namespace urs {

int exitCodeFor(ScanErrorKind kind)
{
    switch (kind) {
    case ScanErrorKind::Usage:
        return 2;
    case ScanErrorKind::SourceUnreadable:
        return 3;
    case ScanErrorKind::NoWindows:
        return 4;
    case ScanErrorKind::RulesInvalid:
        return 5;
    case ScanErrorKind::ReportWrite:
        return 6;
    case ScanErrorKind::Cancelled:
        return 7;
    case ScanErrorKind::HiveUnreadable:
        return 8;
    case ScanErrorKind::Internal:
        return 10;
    }
    return 10;
}

static std::string composeWhat(const QString &input, const QString &message)
{
    return (input.isEmpty() ? message : input + QStringLiteral(": ") + message).toStdString();
}

ScanError::ScanError(ScanErrorKind kind, QString input, QString message, QString whatToDo)
    : std::runtime_error(composeWhat(input, message))
    , m_kind(kind)
    , m_input(std::move(input))
    , m_message(std::move(message))
    , m_whatToDo(std::move(whatToDo))
{
}

QString ScanError::text() const
{
    return text(QStringLiteral("en"));
}

QString ScanError::text(const QString &lang) const
{
    const QString message = CoreText::in(m_message, lang);
    QString out = m_input.isEmpty() ? message : m_input + QStringLiteral(": ") + message;
    if (!m_whatToDo.isEmpty())
        out += (lang == QLatin1String("ja") ? QStringLiteral("。") : QStringLiteral(". "))
            + CoreText::in(m_whatToDo, lang);
    return out;
}

} // namespace urs
