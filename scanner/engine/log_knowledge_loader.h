// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/log_pattern.h"
#include "engine/error_code_table.h"
#include "engine/yaml_reader.h"

namespace urs {

// Reads what the rule data knows about setup and update logs, strictly (every key known, every
// expression compiled, every code well formed):
//   error_codes   rules/error-codes.yaml: codes, their meaning and remedy, the extend code parts
//   log_patterns  rules/setup-logs.yaml: the lines that tell a setup result or its cause
class LogKnowledgeLoader {
public:
    static void loadErrorCodes(const YamlReader &r, const YAML::Node &node, ErrorCodeTable &table);
    static void loadLogPatterns(const YamlReader &r, const YAML::Node &node, LogPatterns &patterns);
};

} // namespace urs
