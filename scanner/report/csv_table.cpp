// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/csv_table.h"

namespace urs {

CsvTable::CsvTable(QStringList header)
    : m_header(std::move(header))
{
}

void CsvTable::addRow(const QStringList &cells)
{
    m_rows.append(cells);
}

// A cell that starts like a formula; a plain negative number ("-5") is left alone.
static bool looksLikeFormula(const QString &cell)
{
    if (cell.isEmpty())
        return false;
    const QChar c = cell.front();
    if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('@') || c == QLatin1Char('\t')
        || c == QLatin1Char('\r'))
        return true;
    if (c == QLatin1Char('-')) {
        bool isNumber = false;
        cell.toDouble(&isNumber);
        return !isNumber;
    }
    return false;
}

QString CsvTable::quote(const QString &raw)
{
    const QString cell = looksLikeFormula(raw) ? QLatin1Char('\'') + raw : raw;
    // RFC 4180 2.6/2.7: fields holding a comma, quote or line break are quoted, quotes doubled.
    // Line breaks inside a cell are normalised to CRLF, which Excel keeps inside the cell.
    if (!cell.contains(QLatin1Char(',')) && !cell.contains(QLatin1Char('"'))
        && !cell.contains(QLatin1Char('\n')) && !cell.contains(QLatin1Char('\r')))
        return cell;
    QString body = cell;
    body.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    body.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    body.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
    body.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + body + QLatin1Char('"');
}

QByteArray CsvTable::toBytes() const
{
    QString text;
    auto appendRow = [&text](const QStringList &cells) {
        for (int i = 0; i < cells.size(); ++i) {
            if (i > 0)
                text += QLatin1Char(',');
            text += quote(cells.at(i));
        }
        text += QLatin1String("\r\n"); // RFC 4180 2.1: records end with CRLF
    };
    appendRow(m_header);
    for (const QStringList &row : m_rows)
        appendRow(row);
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace urs
