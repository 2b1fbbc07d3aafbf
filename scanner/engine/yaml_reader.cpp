// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/yaml_reader.h"

#include "common/scan_error.h"

namespace urs {

static QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

void YamlReader::fail(const YAML::Node &node, const QString &message) const
{
    failAt(node.IsDefined() ? line(node) : 0, message);
}

void YamlReader::failAt(int lineNumber, const QString &message) const
{
    throw ScanError(ScanErrorKind::RulesInvalid,
        lineNumber > 0 ? QStringLiteral("%1:%2").arg(m_file).arg(lineNumber) : m_file, message,
        QStringLiteral("Correct the rule file, or run with --rules pointing at a good copy"));
}

void YamlReader::requireMap(const YAML::Node &node, const QString &what) const
{
    if (!node.IsMap())
        fail(node, QStringLiteral("%1 must be a mapping (key: value lines)").arg(what));
}

void YamlReader::requireSequence(const YAML::Node &node, const QString &what) const
{
    if (!node.IsSequence())
        fail(node, QStringLiteral("%1 must be a list (lines starting with '-')").arg(what));
}

void YamlReader::allowOnly(const YAML::Node &map, const QStringList &keys, const QString &what) const
{
    requireMap(map, what);
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QString key = qs(it->first.Scalar());
        if (!keys.contains(key))
            fail(it->first,
                QStringLiteral("unknown key '%1' in %2 (allowed: %3)")
                    .arg(key, what, keys.join(QStringLiteral(", "))));
    }
}

YAML::Node YamlReader::required(const YAML::Node &map, const QString &key, const QString &what) const
{
    const YAML::Node n = map[key.toStdString()];
    if (!n.IsDefined() || n.IsNull())
        fail(map, QStringLiteral("%1 lacks the required key '%2'").arg(what, key));
    return n;
}

QString YamlReader::string(const YAML::Node &node, const QString &what) const
{
    if (!node.IsScalar())
        fail(node, QStringLiteral("%1 must be a text").arg(what));
    return qs(node.Scalar());
}

QString YamlReader::requiredString(const YAML::Node &map, const QString &key, const QString &what) const
{
    const QString s = string(required(map, key, what), QStringLiteral("'%1' of %2").arg(key, what));
    if (s.trimmed().isEmpty())
        fail(map[key.toStdString()], QStringLiteral("'%1' of %2 is empty").arg(key, what));
    return s;
}

QString YamlReader::optionalString(const YAML::Node &map, const QString &key, const QString &what) const
{
    const YAML::Node n = map[key.toStdString()];
    if (!n.IsDefined() || n.IsNull())
        return {};
    return string(n, QStringLiteral("'%1' of %2").arg(key, what));
}

int YamlReader::integer(const YAML::Node &node, const QString &what) const
{
    bool ok = false;
    const int v = string(node, what).toInt(&ok, 0);
    if (!ok || isQuoted(node))
        fail(node, QStringLiteral("%1 must be a whole number, not '%2'").arg(what, qs(node.Scalar())));
    return v;
}

bool YamlReader::boolean(const YAML::Node &node, const QString &what) const
{
    const QString s = string(node, what);
    if (s == QLatin1String("true") && !isQuoted(node))
        return true;
    if (s == QLatin1String("false") && !isQuoted(node))
        return false;
    fail(node, QStringLiteral("%1 must be true or false, not '%2'").arg(what, s));
}

QDate YamlReader::date(const YAML::Node &node, const QString &what) const
{
    const QString s = string(node, what);
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (!d.isValid())
        fail(node, QStringLiteral("%1 must be a date YYYY-MM-DD, not '%2'").arg(what, s));
    return d;
}

QStringList YamlReader::stringList(const YAML::Node &node, const QString &what) const
{
    if (node.IsScalar())
        return {string(node, what)};
    requireSequence(node, what);
    QStringList out;
    for (const YAML::Node &item : node)
        out << string(item, QStringLiteral("an item of %1").arg(what));
    return out;
}

QList<int> YamlReader::integerList(const YAML::Node &node, const QString &what) const
{
    if (node.IsScalar())
        return {integer(node, what)};
    requireSequence(node, what);
    QList<int> out;
    for (const YAML::Node &item : node)
        out << integer(item, QStringLiteral("an item of %1").arg(what));
    return out;
}

LocalizedText YamlReader::localized(const YAML::Node &node, const QString &what) const
{
    if (!node.IsMap())
        fail(node, QStringLiteral("%1 must give the text in both languages (en: ..., ja: ...)").arg(what));
    allowOnly(node, {QStringLiteral("en"), QStringLiteral("ja")}, what);
    return localizedIn(node, what);
}

LocalizedText YamlReader::localizedIn(const YAML::Node &node, const QString &what) const
{
    LocalizedText t;
    for (const char *lang : {"en", "ja"}) {
        const YAML::Node n = node[lang];
        // A blank text counts as missing: an empty ja would show the English in its place.
        const QString text = n.IsDefined() && n.IsScalar() ? qs(n.Scalar()).trimmed() : QString();
        if (text.isEmpty())
            fail(node, QStringLiteral("%1 lacks the %2 translation").arg(what, QLatin1String(lang)));
        (QLatin1String(lang) == QLatin1String("en") ? t.en : t.ja) = text;
    }
    return t;
}

} // namespace urs
