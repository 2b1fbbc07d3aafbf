// PLACEHOLDER: replaced by the rule engine (issue 3).
#include "engine/rule_engine.h"
#include "common/scan_error.h"
namespace urs {
class RuleBook {};
RuleEngine::RuleEngine(const QString &dir) { throw ScanError(ScanErrorKind::RulesInvalid, dir, QStringLiteral("not implemented")); }
RuleEngine::~RuleEngine() = default;
QString RuleEngine::defaultRulesDir() { return QStringLiteral(URS_RULES_SOURCE_DIR); }
Assessment RuleEngine::evaluate(const FactSet &, const QStringList &, const QDateTime &) const { return {}; }
} // namespace urs
