// SPDX-License-Identifier: GPL-3.0-or-later
#include "windows/setup_logs/setupdiag_results.h"

#include "windows/setup_logs/setup_xml.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

namespace urs {

SetupDiagResults SetupDiagResults::parse(const QByteArray &xml, const QString &file)
{
    static const QRegularExpression code(
        QStringLiteral("(?<result>0x[8C][0-9A-F]{7})(?:\\s*-\\s*(?<extend>0x[0-9A-F]{5})\\b)?"),
        QRegularExpression::CaseInsensitiveOption);
    SetupDiagResults out;
    QXmlStreamReader x(xml);
    QString profile;
    QString element;
    while (!x.atEnd()) {
        const QXmlStreamReader::TokenType t = x.readNext();
        if (t == QXmlStreamReader::StartElement) {
            element = x.name().toString();
        } else if (t == QXmlStreamReader::Characters && !x.isWhitespace()) {
            const QString text = x.text().toString().simplified();
            if (element == QLatin1String("ProfileName"))
                profile = text;
            if (out.match)
                continue;
            const QRegularExpressionMatch m = code.match(text);
            if (!m.hasMatch())
                continue;
            LogMatch match;
            match.patternId = QStringLiteral("setupdiag");
            match.role = LogPatternRole::Result;
            match.precedence = -1;
            match.file = file;
            match.line = x.lineNumber();
            match.text = (element + QStringLiteral(": ") + text).left(LogScanner::kMaxQuote);
            match.parts.insert(QStringLiteral("result"), m.captured(QStringLiteral("result")));
            if (!m.captured(QStringLiteral("extend")).isEmpty())
                match.parts.insert(QStringLiteral("extend"), m.captured(QStringLiteral("extend")));
            out.match = match;
        }
    }
    if (out.match && !profile.isEmpty())
        out.match->parts.insert(QStringLiteral("subject"), profile);
    out.problem = xmlReadProblem(x, file);
    return out;
}

} // namespace urs
