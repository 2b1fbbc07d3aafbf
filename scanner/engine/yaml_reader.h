// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/assessment.h"

#include <QDate>
#include <yaml-cpp/yaml.h>

namespace urs {

// Strict access to one parsed rule file: every mistake throws ScanError(RulesInvalid) naming
// "<file>:<line>" (yaml-cpp's Mark, 1-based here) and what is wrong.
class YamlReader {
public:
    explicit YamlReader(QString file)
        : m_file(std::move(file))
    {
    }
    const QString &file() const { return m_file; }
    static int line(const YAML::Node &node) { return node.Mark().line + 1; }

    [[noreturn]] void fail(const YAML::Node &node, const QString &message) const;
    [[noreturn]] void failAt(int line, const QString &message) const;

    void requireMap(const YAML::Node &node, const QString &what) const;
    void requireSequence(const YAML::Node &node, const QString &what) const;
    // Unknown keys are errors: a typo never silently drops a condition.
    void allowOnly(const YAML::Node &map, const QStringList &keys, const QString &what) const;
    YAML::Node required(const YAML::Node &map, const QString &key, const QString &what) const;

    QString string(const YAML::Node &node, const QString &what) const;
    QString requiredString(const YAML::Node &map, const QString &key, const QString &what) const;
    QString optionalString(const YAML::Node &map, const QString &key, const QString &what) const;
    int integer(const YAML::Node &node, const QString &what) const;
    bool boolean(const YAML::Node &node, const QString &what) const;
    QDate date(const YAML::Node &node, const QString &what) const;
    // A scalar or a sequence of scalars.
    QStringList stringList(const YAML::Node &node, const QString &what) const;
    QList<int> integerList(const YAML::Node &node, const QString &what) const;
    // {en: ..., ja: ...}, both present and not empty.
    LocalizedText localized(const YAML::Node &node, const QString &what) const;
    // The en and ja keys of a mapping that holds other keys too (a remedy step).
    LocalizedText localizedIn(const YAML::Node &map, const QString &what) const;
    static bool isQuoted(const YAML::Node &node) { return node.Tag() == "!"; }

private:
    QString m_file;
};

} // namespace urs
