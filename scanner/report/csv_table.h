// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace urs {

// A table written as CSV that Excel opens cleanly: UTF-8 with a byte order mark (without it
// Excel reads Japanese as mojibake), RFC 4180 quoting, CRLF line ends. A cell that Excel would
// run as a formula (starting with = + - @ or a tab) gets a leading apostrophe, the mitigation
// OWASP describes for CSV injection: machine names and hive strings come from untrusted disks.
class CsvTable {
public:
    explicit CsvTable(QStringList header);
    void addRow(const QStringList &cells);
    int rowCount() const { return int(m_rows.size()); }
    QByteArray toBytes() const;

    static QString quote(const QString &cell);

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

} // namespace urs
