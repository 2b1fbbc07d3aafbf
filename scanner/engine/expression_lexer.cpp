// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/expression_lexer.h"

namespace urs::expr {

// Units a number literal may carry. Storage and memory sizes: KB/MB/GB/TB are decimal (as
// disks are sold and as Microsoft writes "64 GB"), KiB/MiB/GiB/TiB binary; frequencies in MHz.
const QHash<QString, double> &units()
{
    static const QHash<QString, double> u = {
        {QStringLiteral("B"), 1.0},
        {QStringLiteral("KB"), 1e3},
        {QStringLiteral("MB"), 1e6},
        {QStringLiteral("GB"), 1e9},
        {QStringLiteral("TB"), 1e12},
        {QStringLiteral("KiB"), 1024.0},
        {QStringLiteral("MiB"), 1024.0 * 1024},
        {QStringLiteral("GiB"), 1024.0 * 1024 * 1024},
        {QStringLiteral("TiB"), 1024.0 * 1024 * 1024 * 1024},
        {QStringLiteral("MHz"), 1.0},
        {QStringLiteral("GHz"), 1000.0},
    };
    return u;
}

QList<Token> tokenize(const QString &s)
{
    QList<Token> out;
    int i = 0;
    const int n = int(s.size());
    while (i < n) {
        const QChar c = s[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        Token t;
        t.column = i + 1;
        if (c.isLetter() || c == QLatin1Char('_')) {
            int j = i;
            while (j < n && (s[j].isLetterOrNumber() || s[j] == QLatin1Char('_') || s[j] == QLatin1Char('.')))
                ++j;
            t.type = Token::Type::Name;
            t.text = s.mid(i, j - i);
            if (t.text.endsWith(QLatin1Char('.')) || t.text.contains(QStringLiteral("..")))
                throw ExpressionError(t.column, QStringLiteral("malformed name '%1'").arg(t.text));
            i = j;
        } else if (c.isDigit()) {
            int j = i;
            while (j < n && (s[j].isDigit() || s[j] == QLatin1Char('.')))
                ++j;
            bool ok = false;
            t.number = s.mid(i, j - i).toDouble(&ok);
            if (!ok)
                throw ExpressionError(t.column, QStringLiteral("malformed number '%1'").arg(s.mid(i, j - i)));
            int k = j;
            while (k < n && s[k].isLetter())
                ++k;
            if (k > j) {
                const QString unit = s.mid(j, k - j);
                if (!units().contains(unit))
                    throw ExpressionError(j + 1,
                        QStringLiteral("unknown unit '%1' (known: B, KB, MB, GB, TB, KiB, "
                                       "MiB, GiB, TiB, MHz, GHz)")
                            .arg(unit));
                t.number *= units().value(unit);
            }
            t.type = Token::Type::Number;
            t.text = s.mid(i, k - i);
            i = k;
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            int j = i + 1;
            QString text;
            while (j < n && s[j] != c) {
                if (s[j] == QLatin1Char('\\') && j + 1 < n)
                    ++j;
                text += s[j++];
            }
            if (j >= n)
                throw ExpressionError(t.column, QStringLiteral("text literal is not closed"));
            t.type = Token::Type::String;
            t.text = text;
            i = j + 1;
        } else {
            static const QStringList ops = {QStringLiteral("=="), QStringLiteral("!="), QStringLiteral("<="),
                QStringLiteral(">="), QStringLiteral("<"), QStringLiteral(">"), QStringLiteral("+"),
                QStringLiteral("-"), QStringLiteral("*"), QStringLiteral("/"), QStringLiteral("("),
                QStringLiteral(")"), QStringLiteral("["), QStringLiteral("]"), QStringLiteral(",")};
            bool found = false;
            for (const QString &op : ops) {
                if (s.mid(i, op.size()) == op) {
                    t.type = Token::Type::Op;
                    t.text = op;
                    i += int(op.size());
                    found = true;
                    break;
                }
            }
            if (!found)
                throw ExpressionError(t.column, QStringLiteral("unexpected character '%1'").arg(c));
        }
        out << t;
    }
    Token end;
    end.column = n + 1;
    out << end;
    return out;
}

bool isKeyword(const QString &s)
{
    static const QStringList k = {QStringLiteral("and"), QStringLiteral("or"), QStringLiteral("not"),
        QStringLiteral("in"), QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("scan_time")};
    return k.contains(s);
}

} // namespace urs::expr
