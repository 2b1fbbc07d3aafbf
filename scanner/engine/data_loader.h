// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/rule_book.h"
#include "engine/yaml_reader.h"

namespace urs {

// Reads the data sections of the rule files (everything but the rules themselves) into a
// RuleBook, strictly: every key known, every type checked, every id unique.
class DataLoader {
public:
    explicit DataLoader(RuleBook &book)
        : m_book(book)
    {
    }

    void loadGuides(const YamlReader &r, const YAML::Node &node);
    void loadEditions(const YamlReader &r, const YAML::Node &node);
    void loadFamilyGate(const YamlReader &r, const YAML::Node &node);
    void loadCpuList(const YamlReader &r, const YAML::Node &node);
    void loadProgramList(const YamlReader &r, const YAML::Node &node);
    void loadGpuFamilies(const YamlReader &r, const YAML::Node &node);
    void loadVerdictTexts(const YamlReader &r, const YAML::Node &node);
    void loadTargets(const YamlReader &r, const YAML::Node &node);
    // After every file: cross references (two-hop targets) are checked.
    void finish(const YamlReader &r, const YAML::Node &targetsNode);

    // Parses an expression or a template, turning mistakes into ScanError at the node's line.
    static ExprPtr expression(const YamlReader &r, const YAML::Node &node, const ParseScope &scope,
        ValueType type, const QString &what);
    static QStringList guideRefs(
        const YamlReader &r, const YAML::Node &node, const RuleBook &book, const QString &what);
    static const QStringList &verdictTextKeys();

private:
    Value paramValue(const YamlReader &r, const YAML::Node &node, const QString &what) const;
    void readCpuListFile(const YamlReader &r, const YAML::Node &fileNode, CpuList &list) const;
    RuleBook &m_book;
};

} // namespace urs
