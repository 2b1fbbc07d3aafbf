// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/rule_book.h"
#include "engine/yaml_reader.h"

namespace urs {

// Reads the plan section (rules/plan.yaml) into RuleBook::plan, after the rules and guides are
// loaded so that every rule id, place and guide link can be checked, and every rule is required
// to say how it becomes a step.
class PlanLoader {
public:
    explicit PlanLoader(RuleBook &book)
        : m_book(book)
    {
    }
    void load(const YamlReader &r, const YAML::Node &node);

private:
    void loadPlaces(const YamlReader &r, const YAML::Node &node);
    void loadStep(const YamlReader &r, const YAML::Node &node);
    void loadFinish(const YamlReader &r, const YAML::Node &node);
    QString checkedPlace(const YamlReader &r, const YAML::Node &node, const QString &what) const;
    RuleBook &m_book;
};

} // namespace urs
