// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/localized_text.h"

#include <QJsonValue>
#include <QMap>
#include <QSet>
#include <optional>

namespace YAML {
class Node;
}

namespace urs {

class YamlReader;

// What a person reads for a fact: its name in words ("Firmware mode") and, for a fact with a few
// known values, the words for each value ("bios" -> "Legacy BIOS mode (CSM)"). One table,
// rules/fact-labels.yaml, serves the rule texts (a fact in a {hole} shows its value's words),
// the HTML report and the app (evidence); report.json, findings.csv and facts.json keep the
// fact names and raw values.
struct FactLabel {
    LocalizedText name;
    QMap<QString, LocalizedText> values; // the raw value as text ("bios", "4") -> its words
    // For a list of objects, one item in words: "{field}" holes, and "[...]" parts that are left
    // out when a hole in them is empty ("{description}[ {label}] ({size_bytes})").
    LocalizedText item;
};

class FactLabels {
public:
    // The fact_labels section of a rule file, strictly: every fact in the catalogue, both
    // languages, value words only for text and whole-number facts. Throws ScanError.
    void load(const YamlReader &r, const YAML::Node &node);
    void insert(const QString &fact, FactLabel label) { m_labels.insert(fact, std::move(label)); }

    bool contains(const QString &fact) const { return m_labels.contains(fact); }
    bool isEmpty() const { return m_labels.isEmpty(); }
    // The fact's name for people in lang; the fact's own name when the table has none.
    QString name(const QString &fact, const QString &lang) const;
    // The words for a value the table lists for the fact; nullopt for any other value.
    std::optional<QString> valueWords(
        const QString &fact, const QJsonValue &value, const QString &lang) const;
    // One item of a list of objects in words (the fact's item template); nullopt when the
    // table has no template for the fact or the item gives nothing to show.
    std::optional<QString> itemWords(const QString &fact, const QJsonValue &item, const QString &lang) const;
    // The entries of these facts only: what an assessment keeps of the table.
    FactLabels only(const QSet<QString> &facts) const;

    const QMap<QString, FactLabel> &entries() const { return m_labels; }

private:
    QMap<QString, FactLabel> m_labels;
};

} // namespace urs
