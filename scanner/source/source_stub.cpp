// PLACEHOLDER: replaced by the libtsk implementation (issue 2).
#include "common/scan_error.h"
#include "source/disk_discovery.h"
namespace urs {
std::unique_ptr<Source> Source::open(const QString &path)
{
    throw ScanError(ScanErrorKind::SourceUnreadable, path, QStringLiteral("not implemented"));
}
void Source::describe(FactSet &) const {}
QList<DiscoveredDisk> discoverDisks(const QString &) { return {}; }
QJsonObject DiscoveredDisk::toJson() const { return {}; }
QString DiscoveredDisk::toText() const { return {}; }
} // namespace urs
